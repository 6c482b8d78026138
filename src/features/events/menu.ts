import type { MenuEntry } from "../../bot/main-menu.ts";
import { upcomingScreen } from "./screens.ts";
import { myRegistrationsScreen } from "./my-registrations.ts";

/** "Upcoming events" and "My registrations", the first two rows of the main menu. */
export const eventsMenuEntries: MenuEntry[] = [
  {
    label: "menu-upcoming",
    row: 10,
    screen: async (ctx) => ctx.member && upcomingScreen(ctx, ctx.member, { range: "all", kind: null, page: 0 }),
  },
  {
    label: "menu-my-registrations",
    row: 20,
    screen: async (ctx) => ctx.member && myRegistrationsScreen(ctx, ctx.member),
  },
];
