// The history of announcements on a phone: a page of short lines (number, date, status,
// delivered of recipients), and one announcement opened: an extract, whom it was for, who wrote
// it, when, and what became of it, with "Stop" and "Who did not get it" where they apply.
import { InlineKeyboard } from "grammy";
import { DateTime } from "luxon";
import type { Context } from "../../bot/context.ts";
import type { Db } from "../../db/client.ts";
import { esc } from "../../bot/html.ts";
import { PAGE_SIZE, addPager, lastPage } from "../../bot/paginate.ts";
import type { Screen } from "../../bot/screen.ts";
import type { Translate } from "../../i18n/dates.ts";
import { pickLocale } from "../../i18n/index.ts";
import type { MessageCopy } from "../../messaging/copy.ts";
import { SUBJECTS } from "../profile/subjects.ts";
import type { BroadcastAudience } from "./audience.ts";
import { BROADCAST_DATA } from "./callbacks.ts";
import { audienceNames, findBroadcast, listBroadcasts, visibleWhere, type HistoryEntry, type Viewer } from "./history-query.ts";
import { progressOf, type BroadcastStatus, type Progress } from "./service.ts";

const EXTRACT_MAX = 200;
/** A button of the list: its number and the start of the text, short enough for a phone. */
const LABEL_MAX = 40;
const LABEL_EXTRACT_MAX = 28;
const NAME_MAX = 60;
/** Places beyond these are counted, not named: an audience of thirty districts stays a few lines. */
const PLACES_SHOWN = 5;

type Reader = { t: Translate; lang: string; zone: string; now: Date };

function readerOf(ctx: Context): Reader {
  return {
    t: ctx.t.bind(ctx),
    lang: pickLocale(ctx.member?.lang, undefined),
    zone: ctx.member?.timezone ?? ctx.deps.config.defaultTimezone,
    now: ctx.deps.clock.now(),
  };
}

/** A page of the announcements the member may see, newest first; a page past the end shows the last one. */
export async function historyScreen(ctx: Context, viewer: Viewer, page: number): Promise<Screen> {
  const reader = readerOf(ctx);
  const { t } = reader;
  const where = visibleWhere(viewer);
  const list = (page: number) => listBroadcasts(ctx.deps.db, where, { skip: page * PAGE_SIZE, take: PAGE_SIZE });
  let current = Math.max(0, page);
  let { rows, total } = await list(current);
  if (!rows.length && total > 0) {
    current = lastPage(total);
    ({ rows, total } = await list(current));
  }
  const keyboard = new InlineKeyboard();
  const lines = rows.map((row) => {
    keyboard.text(clip(`#${row.id} · ${extract(t, row.copy, LABEL_EXTRACT_MAX)}`, LABEL_MAX), BROADCAST_DATA.open(row.id, current)).row();
    const when = shortWhen(row.startedAt ?? row.scheduledAt ?? row.createdAt, reader);
    const counts = row.startedAt ? ` · 📬 ${row.sent}/${row.recipients}` : "";
    return `<b>#${row.id}</b> · ${when}\n${statusWord(t, row.status)}${counts}`;
  });
  addPager(keyboard, { items: rows, page: current, pages: lastPage(total) + 1 }, BROADCAST_DATA.list.pagerPrefix());
  keyboard.row().text(t("button-back"), BROADCAST_DATA.home);
  const text = total ? `${t("broadcast-history-title", { count: total })}\n\n${lines.join("\n\n")}` : t("broadcast-history-empty");
  return { text, keyboard };
}

/** One announcement, or null when there is none the member may see under this id. */
export async function broadcastScreen(ctx: Context, viewer: Viewer, id: number, page: number): Promise<Screen | null> {
  const db = ctx.deps.db;
  const entry = await findBroadcast(db, id, visibleWhere(viewer));
  if (!entry) return null;
  const reader = readerOf(ctx);
  const { t } = reader;
  const started = entry.startedAt !== null;
  const progress = started ? await progressOf(db, id, reader.now) : null;
  const lines = [
    `${t("broadcast-history-card-title", { id })} · ${statusWord(t, entry.status)}`,
    ...(entry.urgent ? [t("broadcast-history-urgent")] : []),
    "",
    `<i>${esc(extract(t, entry.copy, EXTRACT_MAX))}</i>`,
    "",
    t("broadcast-history-audience", { who: await describeAudience(db, t, entry.audience) }),
    t("broadcast-history-author", { name: esc(clip(entry.authorName ?? t("broadcast-history-author-gone"), NAME_MAX)) }),
    ...timeLines(entry, reader),
    ...(progress ? ["", ...countLines(t, progress)] : []),
  ];
  const keyboard = new InlineKeyboard();
  if (entry.status === "scheduled" || entry.status === "sending") keyboard.text(t("broadcast-button-stop"), BROADCAST_DATA.stop(id)).row();
  if (progress && progress.blocked + progress.failed + progress.unknown > 0) keyboard.text(t("broadcast-button-missed"), BROADCAST_DATA.missed(id)).row();
  keyboard.text(t("broadcast-history-back"), BROADCAST_DATA.list(page));
  return { text: lines.join("\n"), keyboard };
}

const STATUS_WORDS: Record<BroadcastStatus, string> = {
  scheduled: "broadcast-history-status-scheduled",
  sending: "broadcast-history-status-sending",
  done: "broadcast-history-status-done",
  stopped: "broadcast-history-status-stopped",
  cancelled: "broadcast-history-status-cancelled",
};

function statusWord(t: Translate, status: string): string {
  const key = STATUS_WORDS[status as BroadcastStatus] as string | undefined;
  return key ? t(key) : esc(status);
}

/** The beginning of the text or caption, on one line; a photo or document says so first. */
function extract(t: Translate, copy: MessageCopy | null, max: number): string {
  if (!copy) return "—";
  const words = (copy.kind === "text" ? copy.text : copy.caption).replace(/\s+/g, " ").trim();
  const media = copy.kind === "photo" ? t("broadcast-history-photo") : copy.kind === "document" ? t("broadcast-history-document") : "";
  return clip([media, words].filter(Boolean).join(" · "), max);
}

/** "everyone", or the conditions: "where: Omsk, Tara; roles: coordinator; young teachers only". */
async function describeAudience(db: Db, t: Translate, audience: BroadcastAudience | null): Promise<string> {
  if (!audience) return "—";
  const { places, event } = await audienceNames(db, audience);
  const parts: string[] = [];
  if (places.length) {
    const named = places.slice(0, PLACES_SHOWN).map((name) => clip(name, NAME_MAX));
    const more = places.length - named.length;
    parts.push(t("broadcast-history-audience-places", { names: esc(named.join(", ")) + (more > 0 ? ` ${t("broadcast-history-audience-more", { count: more })}` : "") }));
  }
  if (audience.roles.length) parts.push(t("broadcast-history-audience-roles", { roles: audience.roles.map((role) => t(`role-${role}`)).join(", ") }));
  if (audience.subjects.length) {
    const names = SUBJECTS.filter((subject) => audience.subjects.includes(subject)).map((subject) => t(`subject-${subject}`));
    parts.push(t("broadcast-history-audience-subjects", { subjects: names.join(", ") }));
  }
  if (audience.youngOnly) parts.push(t("broadcast-history-audience-young"));
  if (audience.event) {
    const title = esc(clip(event ?? `#${audience.event.id}`, NAME_MAX));
    parts.push(t(audience.event.attended ? "broadcast-history-audience-attended" : "broadcast-history-audience-registered", { event: title }));
  }
  return parts.length ? parts.join("; ") : t("broadcast-history-audience-everyone");
}

function timeLines(entry: HistoryEntry, reader: Reader): string[] {
  const { t } = reader;
  const lines = [t("broadcast-history-created", { when: shortWhen(entry.createdAt, reader) })];
  // "Scheduled for" only when it was meant for later: "send now" saves the moment of creation.
  if (entry.scheduledAt && entry.scheduledAt.getTime() - entry.createdAt.getTime() > 60_000) lines.push(t("broadcast-history-scheduled", { when: shortWhen(entry.scheduledAt, reader) }));
  if (entry.startedAt) lines.push(t("broadcast-history-started", { when: shortWhen(entry.startedAt, reader) }));
  if (entry.finishedAt) lines.push(t("broadcast-history-finished", { when: shortWhen(entry.finishedAt, reader) }));
  return lines;
}

/** The final (or current) counts, with the author status message's words. */
function countLines(t: Translate, progress: Progress): string[] {
  const lines = [t("broadcast-status-recipients", { count: progress.recipients }), t("broadcast-status-sent", { count: progress.sent })];
  if (progress.blocked) lines.push(t("broadcast-status-blocked", { count: progress.blocked }));
  if (progress.failed) lines.push(t("broadcast-status-failed", { count: progress.failed }));
  if (progress.unknown) lines.push(t("broadcast-status-unknown", { count: progress.unknown }));
  if (progress.cancelled) lines.push(t("broadcast-status-cancelled-rows", { count: progress.cancelled }));
  if (progress.left) lines.push(t("broadcast-status-left", { count: progress.left, minutes: 0 }));
  return lines;
}

/** "5 мар., 15:00" in the member's zone; the year too when it is not this one. */
function shortWhen(at: Date, reader: Reader): string {
  const moment = DateTime.fromJSDate(at, { zone: reader.zone }).setLocale(reader.lang);
  const sameYear = moment.year === DateTime.fromJSDate(reader.now, { zone: reader.zone }).year;
  return moment.toFormat(sameYear ? "d MMM, HH:mm" : "d MMM yyyy, HH:mm");
}

/** Cut by characters as a person sees them, so an emoji is never split in half. */
function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : text;
}
