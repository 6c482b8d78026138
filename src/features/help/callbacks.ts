/** The help feature's one button: back to the main menu, from help or from a reply to a sticker. */
export const HELP_DATA = {
  menu: "help:menu",
};
