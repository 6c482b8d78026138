/** Conversation ids of event management, apart so menus can use them without cycles. */
export const CREATE_EVENT = "create-event";
export const RESCHEDULE_EVENT = "reschedule-event";
export const RELOCATE_EVENT = "relocate-event";
export const EDIT_EVENT = "edit-event";

/** `measureId` set: the event is made from that plan measure, its fields prefilled. */
export type CreateEventArgs = { lang: string; measureId: number | null };
export type ChangeEventArgs = { lang: string; eventId: number };
export type EditEventArgs = ChangeEventArgs & { field: EditableField };

import type { EditableField } from "../callbacks.ts";

/** plans/browse-screens.ts imports it from here; the codecs live in ../callbacks.ts. */
export { MANAGE_DATA } from "../callbacks.ts";
