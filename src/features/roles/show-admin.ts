import type { Context } from "../../bot/context.ts";
import { adminMenu, adminMenuText } from "../admin/menu.ts";

/** Sends the admin hub as a new message, at the end of an admin conversation. */
export async function showAdminMenu(ctx: Context, lang: string): Promise<void> {
  ctx.i18n.useLocale(lang);
  await ctx.reply(adminMenuText(ctx), { parse_mode: "HTML", reply_markup: await adminMenu.markup(ctx) });
}
