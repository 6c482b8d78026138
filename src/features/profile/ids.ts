import type { Lang } from "./steps.ts";

export const EDIT_PROFILE = "edit-profile";
export type ProfileField = "name" | "place" | "subjects" | "experience" | "language";
export type EditProfileArgs = { field: ProfileField; lang: Lang };
