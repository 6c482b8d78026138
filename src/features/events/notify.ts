import { GrammyError, InlineKeyboard } from "grammy";
import type { Context } from "../../bot/context.ts";
import { esc } from "../../bot/html.ts";
import { formatDateTime } from "../../i18n/dates.ts";
import { pickLocale } from "../../i18n/index.ts";
import { EVENT_DATA } from "./screens.ts";

/**
 * Tells the person a freed seat went to, in their own language and zone, with the link and a
 * button to give the seat back (which promotes the next in line).
 */
export async function tellPromoted(ctx: Context, opts: { userId: number; eventId: number }) {
  const { db } = ctx.deps;
  const [user, event] = await Promise.all([
    db.user.findUnique({ where: { id: opts.userId }, select: { telegramId: true, lang: true, municipality: { select: { timezone: true } } } }),
    db.event.findUnique({ where: { id: opts.eventId }, select: { id: true, title: true, startsAt: true, link: true, place: true } }),
  ]);
  if (!user || !event) return;
  const lang = pickLocale(user.lang, undefined);
  const t = ctx.i18n.fluent.withLocale(lang);
  const zone = user.municipality?.timezone ?? ctx.deps.config.defaultTimezone;
  const text = t("event-promoted", {
    title: esc(event.title),
    when: formatDateTime(event.startsAt, lang, zone),
    where: esc(event.link ?? event.place ?? "—"),
  });
  const keyboard = new InlineKeyboard().text(t("event-give-back"), EVENT_DATA.leave(event.id)).row().text(t("event-open-card"), EVENT_DATA.card(event.id));
  try {
    await ctx.api.sendMessage(Number(user.telegramId), text, { parse_mode: "HTML", reply_markup: keyboard, link_preview_options: { is_disabled: true } });
  } catch (error) {
    // The seat is theirs whether or not the message arrives (they may have blocked the bot);
    // the person who cancelled must not see their cancellation fail for it.
    if (!(error instanceof GrammyError)) throw error;
    ctx.deps.logger.warn({ err: error, userId: opts.userId, eventId: opts.eventId }, "could not tell a promoted person");
  }
}
