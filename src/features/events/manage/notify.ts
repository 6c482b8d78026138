import { setTimeout as sleep } from "node:timers/promises";
import type { Api } from "grammy";
import { esc } from "../../../bot/html.ts";
import type { Context } from "../../../bot/context.ts";
import { pickLocale } from "../../../i18n/index.ts";
import { formatWhen, type Translate } from "./dates.ts";
import type { Recipient } from "./update-event.ts";

/** Between two messages: Telegram takes about 30 a second from a bot; this stays well below. */
export const NOTIFY_PAUSE_MS = 40;

/** What changed, for the message each registered or waiting person gets. */
export type Change =
  | { kind: "time"; title: string; before: number; after: number }
  | { kind: "place"; title: string; startsAt: number; place: string | null; link: string | null }
  | { kind: "cancel"; title: string; startsAt: number };

export type Delivery = { sent: number; failed: number };

/** The message about a change, in the person's language and zone. */
export function changeMessage(t: Translate, lang: string, zone: string, change: Change, status: Recipient["status"]): string {
  const title = esc(change.title);
  if (change.kind === "time") {
    return t("event-manage-tell-time", { title, before: formatWhen(t, change.before, lang, zone), after: formatWhen(t, change.after, lang, zone) });
  }
  const when = formatWhen(t, change.startsAt, lang, zone);
  if (change.kind === "cancel") return t("event-manage-tell-cancel", { title, when });
  // The join link is for people with a seat, as on the card; the waiting hear that it changed.
  const where = change.link
    ? status === "registered"
      ? esc(change.link)
      : t("event-manage-tell-link-later")
    : esc(change.place ?? "—");
  return t("event-manage-tell-place", { title, when, where });
}

/**
 * Tells each person, one message after another with a pause between. A person who blocked the
 * bot or deleted their account is counted and skipped; auto-retry on the API waits out limits.
 */
export async function tellPeople(
  ctx: Pick<Context, "api" | "i18n" | "deps">,
  people: Recipient[],
  change: Change,
  opts: { pauseMs?: number } = {},
): Promise<Delivery> {
  const delivery: Delivery = { sent: 0, failed: 0 };
  for (const [index, person] of people.entries()) {
    if (index > 0) await sleep(opts.pauseMs ?? NOTIFY_PAUSE_MS);
    const lang = pickLocale(person.lang, undefined);
    const t: Translate = ctx.i18n.fluent.withLocale(lang);
    const text = changeMessage(t, lang, person.zone ?? ctx.deps.config.defaultTimezone, change, person.status);
    try {
      await sendTo(ctx.api, person.telegramId, text);
      delivery.sent++;
    } catch (error) {
      delivery.failed++;
      ctx.deps.logger.warn({ err: error, chatId: String(person.telegramId) }, "could not tell a participant about an event change");
    }
  }
  return delivery;
}

function sendTo(api: Api, telegramId: bigint, text: string) {
  return api.sendMessage(Number(telegramId), text, { parse_mode: "HTML", link_preview_options: { is_disabled: true } });
}
