/**
 * The admin hub's own button: the way back to it from the roles, invites and directory screens.
 * The hub's other buttons are @grammyjs/menu's; src/features/admin/index.ts guards both.
 */
export const ADMIN_DATA = {
  home: "adm:back",
};
