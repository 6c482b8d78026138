import { InlineKeyboard } from "grammy";
import type { Context } from "../../../bot/context.ts";
import { esc } from "../../../bot/html.ts";
import { addPager } from "../../../bot/paginate.ts";
import { pickLocale } from "../../../i18n/index.ts";
import { hasRole } from "../../roles/permissions.ts";
import { isEventKind } from "../kinds.ts";
import { clip } from "../card-text.ts";
import { describeAudience, managedEventText } from "./card.ts";
import { formatWhen, type Translate } from "../../../i18n/dates.ts";
import { EDITABLE_FIELDS, EVENT_DATA, MANAGE_DATA, type EditableField, type EventsWhen, type EventsWhose } from "../callbacks.ts";
import { REPORT_DATA } from "../../reports/callbacks.ts";
import { listManageableEvents, loadEventAudience, loadManagedEvent, type ManagedEvent } from "./service.ts";

const EDIT_FIELD_LABELS = {
  title: "event-manage-edit-title",
  description: "event-manage-edit-description",
  capacity: "event-manage-edit-capacity",
  deadline: "event-manage-edit-deadline",
  audience: "event-manage-edit-audience",
  hours: "event-manage-edit-hours",
  level: "event-manage-edit-level",
} as const satisfies Record<EditableField, string>;

/** Hours belong to courses and a level to contests; the other fields to every event. */
function fieldFits(field: EditableField, kind: string): boolean {
  if (field === "hours") return kind === "course";
  if (field === "level") return kind === "contest";
  return true;
}

export const MANAGE_PER_PAGE = 6;
export type ManageScreen = { text: string; keyboard: InlineKeyboard };

/** The zone a person sees times in: their own or their municipality's (the member has it), else the configured default. */
export async function viewerZone(ctx: Context): Promise<string> {
  return ctx.member?.timezone ?? ctx.deps.config.defaultTimezone;
}

function viewerLang(ctx: Context): string {
  return pickLocale(ctx.member?.lang, ctx.from?.language_code);
}

/** "registered 3 of 20, 1 waiting", or just how many signed up when there is no limit (no "of ∞"). */
function seats(t: Translate, event: ManagedEvent): string {
  if (event.capacity === null) return t("event-manage-seats-open", { registered: event.registered });
  return t("event-manage-seats", { registered: event.registered, capacity: event.capacity, waitlisted: event.waitlisted });
}

export type ManageListOptions = { when: EventsWhen; whose: EventsWhose; page: number };

/**
 * The events a methodologist created, still ahead or over, six a page; admins can widen it to
 * everyone's. "All" in forged data from anyone else is read as "mine".
 */
export async function manageListScreen(ctx: Context, opts: ManageListOptions): Promise<ManageScreen> {
  const t: Translate = ctx.t.bind(ctx);
  const lang = viewerLang(ctx);
  const zone = await viewerZone(ctx);
  const now = ctx.deps.clock.now();
  const admin = hasRole(ctx.member, "admin");
  const whose = admin ? opts.whose : "mine";
  const createdById = whose === "all" ? null : ctx.member?.userId ?? -1;
  const list = (page: number) => listManageableEvents(ctx.deps.db, { when: opts.when, createdById, now, skip: page * MANAGE_PER_PAGE, take: MANAGE_PER_PAGE });
  const first = await list(Math.max(0, opts.page));
  const pages = Math.max(1, Math.ceil(first.total / MANAGE_PER_PAGE));
  const current = Math.min(Math.max(0, opts.page), pages - 1);
  const { rows, total } = current === opts.page ? first : await list(current);

  const keyboard = new InlineKeyboard();
  for (const when of ["up", "past"] as const) {
    keyboard.text(`${when === opts.when ? "● " : ""}${t(when === "up" ? "event-manage-when-up" : "event-manage-when-past")}`, MANAGE_DATA.listOf(when, whose, 0));
  }
  if (admin) {
    keyboard.row();
    for (const each of ["mine", "all"] as const) keyboard.text(`${each === whose ? "● " : ""}${t(each === "mine" ? "event-manage-whose-mine" : "event-manage-whose-all")}`, MANAGE_DATA.listOf(opts.when, each, 0));
  }
  keyboard.row();
  const lines = rows.map((event, index) => {
    const number = current * MANAGE_PER_PAGE + index + 1;
    const mark = event.cancelledAt ? "❌ " : "";
    keyboard.text(clip(`${number}. ${mark}${event.title}`, 60), MANAGE_DATA.event(event.id)).row();
    return `${number}. ${mark}<b>${esc(event.title)}</b>\n    ${formatWhen(t, event.startsAt, lang, zone)} · ${seats(t, event)}`;
  });
  addPager(keyboard, { items: rows, page: current, pages }, MANAGE_DATA.listOf.pagerPrefix(opts.when, whose));
  keyboard.row().text(t("event-new-button"), MANAGE_DATA.create).row().text(t("button-back"), MANAGE_DATA.menu);
  const text = rows.length ? `${t(opts.when === "up" ? "event-manage-title-up" : "event-manage-title-past", { count: total })}\n\n${lines.join("\n")}` : t(opts.when === "up" ? "event-manage-empty-up" : "event-manage-empty-past");
  return { text, keyboard };
}

/** One event with what can be done to it; null when it does not exist. */
export async function manageEventScreen(ctx: Context, eventId: number): Promise<ManageScreen | null> {
  const event = await loadManagedEvent(ctx.deps.db, eventId);
  if (!event || !isEventKind(event.kind)) return null;
  const t: Translate = ctx.t.bind(ctx);
  const lang = viewerLang(ctx);
  const zone = await viewerZone(ctx);
  const audience = await loadEventAudience(ctx.deps.db, event.id);
  const extra = [t("event-manage-line-audience", { audience: describeAudience(t, audience.audience, audience.place) }), seats(t, event)];
  const keyboard = new InlineKeyboard();
  const open = !event.cancelledAt && event.startsAt > ctx.deps.clock.now();
  if (event.cancelledAt) extra.push("", t("event-manage-is-cancelled"));
  else if (!open) extra.push("", event.kind === "course" || event.kind === "contest" ? t("event-manage-is-past-but", { kind: event.kind }) : t("event-manage-is-past"));
  if (open) {
    keyboard
      .text(t("event-manage-change-time"), MANAGE_DATA.time(event.id))
      .text(t("event-manage-change-place"), MANAGE_DATA.place(event.id))
      .row()
      .text(t("event-manage-edit"), MANAGE_DATA.edit(event.id))
      .row();
  } else if (!event.cancelledAt) {
    // Reports read a course's hours and a contest's level after it, so these stay settable.
    if (event.kind === "course") keyboard.text(t("event-manage-set-hours"), MANAGE_DATA.editField(event.id, "hours")).row();
    if (event.kind === "contest") keyboard.text(t("event-manage-set-level"), MANAGE_DATA.editField(event.id, "level")).row();
  }
  if (!event.cancelledAt) keyboard.text(t("event-attendance"), EVENT_DATA.attendance(event.id, 0)).text(t("event-manage-export-excel"), REPORT_DATA.eventExport(event.id, "x")).row();
  if (open) keyboard.text(t("event-manage-cancel"), MANAGE_DATA.cancel(event.id)).row();
  keyboard.text(t("event-manage-to-list"), MANAGE_DATA.listOf(open || event.cancelledAt ? "up" : "past", "mine", 0));
  return { text: managedEventText(t, lang, zone, { ...event, kind: event.kind }, extra), keyboard };
}

/** "Change what?": the fields of a saved event besides its time and place. */
export async function editFieldsScreen(ctx: Context, eventId: number): Promise<ManageScreen | null> {
  const event = await loadManagedEvent(ctx.deps.db, eventId);
  if (!event) return null;
  const t: Translate = ctx.t.bind(ctx);
  const keyboard = new InlineKeyboard();
  EDITABLE_FIELDS.filter((field) => fieldFits(field, event.kind)).forEach((field, index) => {
    keyboard.text(t(EDIT_FIELD_LABELS[field]), MANAGE_DATA.editField(event.id, field));
    if (index % 2 === 1) keyboard.row();
  });
  keyboard.row().text(t("button-back"), MANAGE_DATA.event(event.id));
  return { text: t("event-manage-edit-pick", { title: esc(event.title) }), keyboard };
}

/** "Cancel this event? N people will be told." */
export async function cancelConfirmScreen(ctx: Context, eventId: number): Promise<ManageScreen | null> {
  const event = await loadManagedEvent(ctx.deps.db, eventId);
  if (!event) return null;
  const t: Translate = ctx.t.bind(ctx);
  const keyboard = new InlineKeyboard()
    .text(t("event-manage-cancel-yes"), MANAGE_DATA.cancelConfirmed(event.id))
    .row()
    .text(t("event-manage-cancel-no"), MANAGE_DATA.event(event.id));
  const people = event.registered + event.waitlisted;
  return { text: t("event-manage-cancel-confirm", { title: esc(event.title), count: people }), keyboard };
}
