import type { MenuEntry } from "../../../bot/main-menu.ts";
import type { Context } from "../../../bot/context.ts";
import { pickLocale } from "../../../i18n/index.ts";
import { can } from "../../roles/permissions.ts";
import { CREATE_EVENT, type CreateEventArgs } from "./ids.ts";
import { manageListScreen } from "./screens.ts";

const manages = (ctx: Context) => can(ctx.member, "events.manage");

/** "➕ New event" and "🗂 My events" in the main menu, for methodologists and admins only (checked again on press). */
export const eventManageMenuEntries: MenuEntry[] = [
  {
    label: "event-new-button",
    row: 50,
    order: 1,
    shows: manages,
    run: async (ctx) => {
      if (!manages(ctx)) return;
      await ctx.menu.close({ immediate: true });
      const args: CreateEventArgs = { lang: pickLocale(ctx.member?.lang, undefined), measureId: null };
      await ctx.conversation.enter(CREATE_EVENT, args);
    },
  },
  {
    label: "event-manage-button",
    row: 50,
    order: 2,
    shows: manages,
    screen: async (ctx) => (manages(ctx) ? manageListScreen(ctx, { when: "up", whose: "mine", page: 0 }) : null),
  },
];
