import type { MenuRange } from "@grammyjs/menu";
import type { Context } from "../../../bot/context.ts";
import { compact } from "../../../bot/screen.ts";
import { pickLocale } from "../../../i18n/index.ts";
import { can } from "../../roles/permissions.ts";
import { CREATE_EVENT, type CreateEventArgs } from "./ids.ts";
import { manageListScreen } from "./screens.ts";

/** "➕ New event" and "🗂 My events" in the main menu, for methodologists and admins only. */
export function addEventManageButtons(ctx: Context, range: MenuRange<Context>): void {
  if (!can(ctx.member, "events.manage")) return;
  range
    .text(
      (c) => c.t("event-new-button"),
      async (c) => {
        if (!can(c.member, "events.manage")) return;
        await c.menu.close({ immediate: true });
        const args: CreateEventArgs = { lang: pickLocale(c.member?.lang, undefined), measureId: null };
        await c.conversation.enter(CREATE_EVENT, args);
      },
    )
    .text(
      (c) => c.t("event-manage-button"),
      async (c) => {
        if (!can(c.member, "events.manage")) return;
        const screen = await manageListScreen(c, 0);
        await c.editMessageText(screen.text, { parse_mode: "HTML", reply_markup: compact(screen.keyboard), link_preview_options: { is_disabled: true } });
      },
    )
    .row();
}
