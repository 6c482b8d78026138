// "🔕 Mute these reminders" under every nudge (the planner adds it): that kind stops for the
// person, with "Undo" under the answer and /settings → Reminders to turn it back on. A kind the
// bot does not have (forged data) is refused as outdated, and nothing is stored.
import { Composer, InlineKeyboard } from "grammy";
import type { Context } from "../../bot/context.ts";
import { NUDGE_DATA } from "../../nudges/callbacks.ts";
import { setNudgePreference } from "./nudges-service.ts";

export const nudgeMuteFeature = new Composer<Context>();

/** Anyone registered may mute; no role is needed. Returns their id, or answers "register first". */
async function registered(ctx: Context): Promise<number | null> {
  if (ctx.member?.onboarded === true) return ctx.member.userId;
  await ctx.answerCallbackQuery({ text: ctx.t("error-not-registered") });
  return null;
}

nudgeMuteFeature.callbackQuery(NUDGE_DATA.mute.pattern, async (ctx) => {
  const userId = await registered(ctx);
  if (userId === null) return;
  const [kind] = NUDGE_DATA.mute.parse(ctx.match);
  if (!(await setNudgePreference(ctx.deps.db, userId, kind, false))) return void (await ctx.answerCallbackQuery({ text: ctx.t("button-outdated") }));
  await ctx.answerCallbackQuery({ text: ctx.t("settings-nudge-muted-toast") });
  // A reply of its own: the reminder above stays as it came.
  await ctx.reply(ctx.t("settings-nudge-muted"), {
    parse_mode: "HTML",
    reply_markup: new InlineKeyboard().text(ctx.t("settings-nudge-undo"), NUDGE_DATA.unmute(kind)),
  });
});

nudgeMuteFeature.callbackQuery(NUDGE_DATA.unmute.pattern, async (ctx) => {
  const userId = await registered(ctx);
  if (userId === null) return;
  const [kind] = NUDGE_DATA.unmute.parse(ctx.match);
  if (!(await setNudgePreference(ctx.deps.db, userId, kind, true))) return void (await ctx.answerCallbackQuery({ text: ctx.t("button-outdated") }));
  await ctx.answerCallbackQuery({ text: ctx.t("settings-nudge-unmuted-toast") });
  await ctx.editMessageText(ctx.t("settings-nudge-unmuted"), { parse_mode: "HTML" });
});
