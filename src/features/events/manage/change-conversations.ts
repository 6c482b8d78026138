import { InlineKeyboard } from "grammy";
import type { Context, ConversationContext } from "../../../bot/context.ts";
import type { Member } from "../../../core/member.ts";
import { CANCELLED, Flow, type Conv } from "../../../bot/flow.ts";
import { esc } from "../../../bot/html.ts";
import { compact } from "../../../bot/screen.ts";
import { AppError } from "../../../errors.ts";
import { showHome } from "../../../bot/main-menu.ts";
import { can } from "../../roles/permissions.ts";
import { changeRefusal } from "./card.ts";
import { formatWhen } from "../../../i18n/dates.ts";
import type { ChangeEventArgs } from "./ids.ts";
import { manageEventScreen, viewerZone } from "./screens.ts";
import { loadManagedEvent } from "./service.ts";
import { askEnd, askStart, askWhere } from "./steps.ts";
import { movedDeadline, relocateEvent, rescheduleEvent } from "./update-event.ts";

/** The event as the change flows need it, in plain JSON (conversation state), or why it cannot change. */
type Changeable = {
  title: string;
  startsAt: number;
  endsAt: number;
  deadline: number | null;
  place: string | null;
  link: string | null;
  people: number;
  zone: string;
};

/**
 * The event a staff member may still change — they hold the role, and it is neither cancelled nor
 * begun — or why not; checked again when the change is saved.
 */
export async function loadStillChangeable(outer: Context, eventId: number): Promise<{ event: ManagedEvent; member: Member } | { error: string }> {
  if (!outer.member || !can(outer.member, "events.manage")) return { error: "not-allowed" };
  const event = await loadManagedEvent(outer.deps.db, eventId);
  if (!event) return { error: "event-not-found" };
  if (event.cancelledAt) return { error: "event-cancelled" };
  if (event.startsAt <= outer.deps.clock.now()) return { error: "event-past" };
  return { event, member: outer.member };
}

type ManagedEvent = NonNullable<Awaited<ReturnType<typeof loadManagedEvent>>>;

async function loadForChange(outer: Context, eventId: number): Promise<Changeable | { error: string }> {
  const found = await loadStillChangeable(outer, eventId);
  if ("error" in found) return found;
  const { event } = found;
  return {
    title: event.title,
    startsAt: event.startsAt.getTime(),
    endsAt: event.endsAt.getTime(),
    deadline: event.registrationDeadline?.getTime() ?? null,
    place: event.place,
    link: event.link,
    people: event.registered + event.waitlisted,
    zone: await viewerZone(outer),
  };
}

/** Moves an event to a new time, after a confirmation naming how many people will be told. */
export async function rescheduleConversation(conversation: Conv, ctx: ConversationContext, args: ChangeEventArgs) {
  const flow = new Flow(conversation, ctx, args.lang, { leave: "event-manage-left" });
  const event = await conversation.external((outer) => loadForChange(outer, args.eventId));
  if ("error" in event) return finish(flow, args.eventId, changeRefusal(flow.t.bind(flow), event.error));
  const t = flow.t.bind(flow);
  const now = await conversation.now();
  const startsAt = await askStart(flow, { zone: event.zone, now, keep: event.startsAt, plan: null });
  if (startsAt === CANCELLED) return finish(flow, args.eventId, flow.t("event-manage-unchanged"));
  const endsAt = await askEnd(flow, { zone: event.zone, start: startsAt, keep: startsAt + (event.endsAt - event.startsAt) });
  if (endsAt === CANCELLED) return finish(flow, args.eventId, flow.t("event-manage-unchanged"));
  if (startsAt === event.startsAt && endsAt === event.endsAt) return finish(flow, args.eventId, flow.t("event-manage-unchanged"));

  const before = formatWhen(t, event.startsAt, flow.lang, event.zone);
  const after = formatWhen(t, startsAt, flow.lang, event.zone);
  const lines = [flow.t("event-manage-confirm-time", { title: esc(event.title), before, after, count: event.people })];
  // The deadline moves with the start; say where to, rather than move it silently.
  const deadline = event.deadline === null ? null : movedDeadline(new Date(event.deadline), new Date(event.startsAt), new Date(startsAt));
  const deadlineLine = deadline && flow.t("event-manage-deadline-moves", { before: formatWhen(t, event.deadline!, flow.lang, event.zone), after: formatWhen(t, deadline, flow.lang, event.zone) });
  if (deadlineLine) lines.push(deadlineLine);
  if (!(await confirm(flow, lines.join("\n")))) return finish(flow, args.eventId, flow.t("event-manage-unchanged"));

  const result = await conversation.external((outer) =>
    apply(outer, () => rescheduleEvent(outer.deps.db, { eventId: args.eventId, startsAt: new Date(startsAt), endsAt: new Date(endsAt), now: outer.deps.clock.now() })),
  );
  const done = report(flow, result, "event-manage-time-changed");
  await finish(flow, args.eventId, deadlineLine && !("error" in result) ? `${done}\n${deadlineLine}` : done);
}

/** Sets a new address or link, after a confirmation naming how many people will be told. */
export async function relocateConversation(conversation: Conv, ctx: ConversationContext, args: ChangeEventArgs) {
  const flow = new Flow(conversation, ctx, args.lang, { leave: "event-manage-left" });
  const event = await conversation.external((outer) => loadForChange(outer, args.eventId));
  if ("error" in event) return finish(flow, args.eventId, changeRefusal(flow.t.bind(flow), event.error));
  const where = await askWhere(flow, { keep: null, skippable: false });
  if (where === CANCELLED) return finish(flow, args.eventId, flow.t("event-manage-unchanged"));
  if (where.place === event.place && where.link === event.link) return finish(flow, args.eventId, flow.t("event-manage-unchanged"));

  const text = flow.t("event-manage-confirm-place", { title: esc(event.title), where: esc(where.link ?? where.place ?? "—"), count: event.people });
  if (!(await confirm(flow, text))) return finish(flow, args.eventId, flow.t("event-manage-unchanged"));

  const result = await conversation.external((outer) => apply(outer, () => relocateEvent(outer.deps.db, { eventId: args.eventId, ...where, now: outer.deps.clock.now() })));
  await finish(flow, args.eventId, report(flow, result, "event-manage-place-changed"));
}

export type Applied = { told: number } | { error: string; details?: Record<string, string | number> };

/**
 * Re-checks the permission and writes; the write queues the notices it causes. `told`: how many
 * people the write said it told.
 */
export async function apply(outer: Context, write: () => Promise<number>): Promise<Applied> {
  if (!outer.member || !can(outer.member, "events.manage")) return { error: "not-allowed" };
  try {
    const told = await write();
    outer.deps.outbox.wake();
    return { told };
  } catch (error) {
    if (error instanceof AppError) return { error: error.code, details: error.details };
    throw error;
  }
}

function report(flow: Flow, result: Applied, doneKey: string): string {
  if ("error" in result) return changeRefusal(flow.t.bind(flow), result.error);
  return [flow.t(doneKey), flow.t("event-manage-told", { count: result.told })].join("\n");
}

async function confirm(flow: Flow, text: string): Promise<boolean> {
  const answer = await flow.step<true>({
    cancellable: true,
    screen: () => ({ text, keyboard: new InlineKeyboard().text(flow.t("event-manage-confirm-yes"), "s:yes") }),
    onButton: (data) => (data === "yes" ? { done: true } : undefined),
  });
  return answer !== CANCELLED;
}

/** Says how it went and shows the event's management screen again (the main menu if it is gone). */
export async function finish(flow: Flow, eventId: number, notice: string) {
  await flow.say(notice);
  const lang = flow.lang;
  await flow.conversation.external(async (outer) => {
    outer.i18n.useLocale(lang);
    const screen = can(outer.member, "events.manage") ? await manageEventScreen(outer, eventId) : null;
    if (!screen) return showHome(outer);
    await outer.reply(screen.text, { parse_mode: "HTML", reply_markup: compact(screen.keyboard), link_preview_options: { is_disabled: true } });
  });
}
