import type { Context } from "../../bot/context.ts";
import { reloadMember } from "../../bot/middlewares/deps.ts";
import { profileMenu } from "./menus.ts";
import { profileText } from "./screen.ts";

/** Sends the profile screen as a new message, after the person's data may have changed. */
export async function showProfile(ctx: Context, lang: string): Promise<void> {
  await reloadMember(ctx);
  ctx.i18n.useLocale(lang);
  await ctx.reply(profileText(ctx), { parse_mode: "HTML", reply_markup: await profileMenu.markup(ctx) });
}
