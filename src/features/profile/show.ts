import type { Context } from "../../bot/context.ts";
import { loadActor } from "./service.ts";
import { profileMenu } from "./menus.ts";
import { profileText } from "./screen.ts";

/** Sends the profile screen as a new message, after the person's data may have changed. */
export async function showProfile(ctx: Context, lang: string): Promise<void> {
  if (ctx.from) ctx.actor = await loadActor(ctx.deps.db, BigInt(ctx.from.id), ctx.deps.config.adminIds);
  ctx.i18n.useLocale(lang);
  await ctx.reply(await profileText(ctx), { parse_mode: "HTML", reply_markup: await profileMenu.markup(ctx) });
}
