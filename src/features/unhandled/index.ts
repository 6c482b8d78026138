import { Composer } from "grammy";
import type { Context } from "../../bot/context.ts";
import { showHome } from "../../bot/main-menu.ts";
import { wayOn } from "../help/screen.ts";

/** Last in line: whatever no feature took gets a short answer and a way on. */
export const unhandledFeature = new Composer<Context>();

unhandledFeature.on("callback_query", async (ctx) => {
  const registered = ctx.member?.onboarded === true;
  await ctx.answerCallbackQuery({ text: ctx.t(registered ? "button-outdated" : "error-not-registered") });
  if (registered && ctx.chat) await showHome(ctx);
});

/** Text, stickers, photos, voice: the bot reads buttons and commands, and says so with a button on. */
unhandledFeature.on("message", async (ctx) => {
  const key = ctx.member?.onboarded ? "unhandled-message" : "unhandled-not-registered";
  await ctx.reply(ctx.t(key), { reply_markup: wayOn(ctx) });
});
