import type { EntryKind } from "../directory/delete-or-merge.ts";

/** Conversation ids of the admin's flows, apart from the flows so menus can enter them without cycles. */
export const CREATE_INVITE = "create-invite";
export const EDIT_DIRECTORY = "edit-directory";

export type DirectoryAction =
  | { action: "add-municipality" }
  | { action: "add-school"; municipalityId: number }
  | { action: "rename" | "merge"; kind: EntryKind; id: number };
export type EditDirectoryArgs = DirectoryAction & { lang: string };
