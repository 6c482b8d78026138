export const EDIT_QUIET_HOURS = "edit-quiet-hours";
export type EditQuietHoursArgs = { lang: string };
