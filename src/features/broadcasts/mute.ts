// Muting announcements, by kind: the region's (methodologists', admins') or the municipality's
// (coordinators'). From the announcement itself, with a way back, and from /settings; the
// audience leaves muted people out (audience.ts).
import { Composer, InlineKeyboard } from "grammy";
import type { Context } from "../../bot/context.ts";
import type { Db } from "../../db/client.ts";
import type { Scope } from "./audience.ts";
import { BROADCAST_DATA } from "./callbacks.ts";

export type MuteKind = Scope["kind"];
export const MUTE_KINDS: readonly MuteKind[] = ["regional", "municipal"];

export type Muted = Record<MuteKind, boolean>;

/** Mutes or unmutes one kind for the person; false when there is no such person. */
export async function setMuted(db: Db, userId: number, kind: MuteKind, muted: boolean): Promise<boolean> {
  const data = kind === "regional" ? { muteRegional: muted } : { muteMunicipal: muted };
  const changed = await db.user.updateMany({ where: { id: userId }, data });
  return changed.count > 0;
}

/** Which kinds the person has muted. */
export async function mutedKinds(db: Db, userId: number): Promise<Muted> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { muteRegional: true, muteMunicipal: true } });
  return { regional: user?.muteRegional ?? false, municipal: user?.muteMunicipal ?? false };
}

/** What the answer says, muted and unmuted, for each kind. */
const ANSWERS: Record<MuteKind, { muted: string; unmuted: string }> = {
  regional: { muted: "broadcast-mute-muted-regional", unmuted: "broadcast-mute-unmuted-regional" },
  municipal: { muted: "broadcast-mute-muted-municipal", unmuted: "broadcast-mute-unmuted-municipal" },
};

/** "🔕 Mute such announcements" under an announcement, and "Undo" under the answer. */
export const broadcastMuteFeature = new Composer<Context>();

/** Anyone registered may mute; no role is needed. Returns their id, or answers "register first". */
async function registered(ctx: Context): Promise<number | null> {
  if (ctx.member?.onboarded === true) return ctx.member.userId;
  await ctx.answerCallbackQuery({ text: ctx.t("error-not-registered") });
  return null;
}

broadcastMuteFeature.callbackQuery(BROADCAST_DATA.mute.pattern, async (ctx) => {
  const userId = await registered(ctx);
  if (userId === null) return;
  const [kind] = BROADCAST_DATA.mute.parse(ctx.match);
  await setMuted(ctx.deps.db, userId, kind, true);
  await ctx.answerCallbackQuery({ text: ctx.t("broadcast-mute-done") });
  // A reply of its own: the announcement above stays as it came.
  await ctx.reply(ctx.t(ANSWERS[kind].muted), {
    parse_mode: "HTML",
    reply_markup: new InlineKeyboard().text(ctx.t("broadcast-mute-undo"), BROADCAST_DATA.unmute(kind)),
  });
});

broadcastMuteFeature.callbackQuery(BROADCAST_DATA.unmute.pattern, async (ctx) => {
  const userId = await registered(ctx);
  if (userId === null) return;
  const [kind] = BROADCAST_DATA.unmute.parse(ctx.match);
  await setMuted(ctx.deps.db, userId, kind, false);
  await ctx.answerCallbackQuery({ text: ctx.t("broadcast-mute-undone") });
  await ctx.editMessageText(ctx.t(ANSWERS[kind].unmuted), { parse_mode: "HTML" });
});
