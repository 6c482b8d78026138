import type { MenuEntry } from "../../bot/main-menu.ts";
import { profileMenu } from "./menus.ts";
import { profileText } from "./screen.ts";

/** "👤 Profile", beside Settings in the main menu; the profile's flows are conversations, entered from its menu. */
export const profileMenuEntries: MenuEntry[] = [{ label: "menu-profile", row: 30, order: 1, submenu: profileMenu, title: profileText }];
