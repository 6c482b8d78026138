/** Conversation ids of the admin's flows, apart from the flows so menus can enter them without cycles. */
export const CREATE_INVITE = "create-invite";
export const EDIT_DIRECTORY = "edit-directory";

export type DirectoryAction = "add-municipality" | "add-school" | "rename-municipality" | "rename-school";
export type EditDirectoryArgs = { action: DirectoryAction; lang: string };
