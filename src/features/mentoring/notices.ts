// What the bot tells the people of a pair, queued in the outbox in the transaction that changed
// the pair. No grammY here: these run inside services.
import type { Tx } from "../../db/client.ts";
import { enqueue, type Recipient } from "../../messaging/enqueue.ts";
import type { NoticeButton } from "../../messaging/notice.ts";
import { MENTORING_DATA } from "./callbacks.ts";

const PERSON = { id: true, telegramId: true, fullName: true, school: { select: { name: true } } } as const;
type Person = { id: number; telegramId: bigint; fullName: string | null; school: { name: string } | null };

/**
 * A pair with its people, as the notices name them. Read in two steps: inside a transaction on
 * PostgreSQL, one query with three relations would send their reads at once on one connection.
 */
async function pairPeople(tx: Tx, pairId: number) {
  const pair = await tx.mentorPair.findUniqueOrThrow({ where: { id: pairId }, select: { id: true, subject: true, mentorId: true, menteeId: true, proposedById: true } });
  const ids = [pair.mentorId, pair.menteeId, pair.proposedById].filter((id): id is number => id !== null);
  const people = new Map((await tx.user.findMany({ where: { id: { in: ids } }, select: PERSON })).map((person) => [person.id, person]));
  const of = (id: number | null) => (id === null ? null : (people.get(id) ?? null));
  return { id: pair.id, subject: pair.subject, mentor: of(pair.mentorId), mentee: of(pair.menteeId)!, proposedBy: of(pair.proposedById) };
}
export const recipient = (person: { id: number; telegramId: bigint }): Recipient => ({ userId: person.id, telegramId: person.telegramId });
const name = (person: Person | null) => person?.fullName ?? "—";
const school = (person: Person | null) => person?.school?.name ?? "—";
/** A subject as a locale key, translated in the recipient's language; "any" when none was named. */
const subjectArg = (subject: string | null) => ({ key: subject ? `subject-${subject}` : "mentoring-any-subject" });

const answerButtons = (pairId: number): NoticeButton[][] => [
  [
    { key: "mentoring-accept", data: MENTORING_DATA.accept(pairId) },
    { key: "mentoring-decline", data: MENTORING_DATA.decline(pairId) },
  ],
  [{ key: "mentoring-open-pair", data: MENTORING_DATA.pair(pairId) }],
];
const openButton = (pairId: number): NoticeButton[][] => [[{ key: "mentoring-open-pair", data: MENTORING_DATA.pair(pairId) }]];

/**
 * A coordinator proposed the pair: the mentor, and the young teacher unless they asked for it
 * (then they hear who was picked), are asked to accept.
 */
export async function enqueueProposed(tx: Tx, opts: { pairId: number; menteeAsked: boolean; now: Date }): Promise<void> {
  const pair = await pairPeople(tx, opts.pairId);
  const common = { source: `pair:${pair.id}`, purpose: "proposed", now: opts.now };
  const args = { coordinator: name(pair.proposedBy), subject: subjectArg(pair.subject) };
  await enqueue(tx, {
    ...common,
    recipients: [recipient(pair.mentor!)],
    notice: { key: "mentoring-notice-proposed-mentor", args: { ...args, mentee: name(pair.mentee), school: school(pair.mentee) }, buttons: answerButtons(pair.id) },
  });
  const mentorArgs = { ...args, mentor: name(pair.mentor), school: school(pair.mentor) };
  await enqueue(tx, {
    ...common,
    recipients: [recipient(pair.mentee)],
    notice: opts.menteeAsked
      ? { key: "mentoring-notice-picked-mentee", args: mentorArgs, buttons: openButton(pair.id) }
      : { key: "mentoring-notice-proposed-mentee", args: mentorArgs, buttons: answerButtons(pair.id) },
  });
}

/** Both accepted: both of them and the coordinator who proposed it hear that the pair works now. */
export async function enqueueActive(tx: Tx, opts: { pairId: number; now: Date }): Promise<void> {
  const pair = await pairPeople(tx, opts.pairId);
  const people = [pair.mentor!, pair.mentee, ...(pair.proposedBy ? [pair.proposedBy] : [])];
  const recipients = [...new Map(people.map((person) => [person.id, recipient(person)])).values()];
  const args = { mentor: name(pair.mentor), mentee: name(pair.mentee), subject: subjectArg(pair.subject) };
  await enqueue(tx, { source: `pair:${pair.id}`, purpose: "active", recipients, now: opts.now, notice: { key: "mentoring-notice-active", args, buttons: openButton(pair.id) } });
}

/**
 * The pair was declined or ended: the other person hears who did it (and why, for an ended pair,
 * with how many meetings ahead were cancelled); the coordinator who proposed a declined pair is
 * sent to pick another mentor.
 */
export async function enqueueClosed(tx: Tx, opts: { pairId: number; byId: number; reason: string | null; meetingsCancelled: number; now: Date }): Promise<void> {
  const pair = await pairPeople(tx, opts.pairId);
  const by = pair.mentor?.id === opts.byId ? pair.mentor : pair.mentee;
  const other = pair.mentee.id === opts.byId ? pair.mentor! : pair.mentee;
  const args = { who: name(by), mentor: name(pair.mentor), mentee: name(pair.mentee) };
  const common = { source: `pair:${pair.id}`, purpose: opts.reason === null ? "declined" : "ended", now: opts.now };
  const home = [[{ key: "mentoring-open", data: MENTORING_DATA.home() }]];
  const ended = (reason: string) =>
    opts.meetingsCancelled > 0
      ? { key: "mentoring-notice-ended-meetings", args: { ...args, reason, count: opts.meetingsCancelled }, buttons: home }
      : { key: "mentoring-notice-ended", args: { ...args, reason }, buttons: home };
  const notice = opts.reason === null ? { key: "mentoring-notice-declined", args, buttons: home } : ended(opts.reason);
  await enqueue(tx, { ...common, recipients: [recipient(other)], notice });
  const proposer = pair.proposedBy;
  if (opts.reason !== null || !proposer || proposer.id === pair.mentor?.id || proposer.id === pair.mentee.id) return;
  const pick = [[{ key: "mentoring-coordinator-open", data: MENTORING_DATA.scopes() }]];
  await enqueue(tx, { ...common, recipients: [recipient(proposer)], notice: { key: "mentoring-notice-declined", args, buttons: pick } });
}

/**
 * A young teacher asked for a mentor: the coordinators who hold their school (else their
 * municipality) can pick one. The button names the request, so a coordinator who taps it after
 * it was answered or taken back is told what became of it.
 */
export async function enqueueRequest(tx: Tx, opts: { pairId: number; coordinators: (Recipient & { scope: { kind: "s" | "m"; id: number } })[]; now: Date }): Promise<void> {
  const pair = await pairPeople(tx, opts.pairId);
  const args = { mentee: name(pair.mentee), school: school(pair.mentee), subject: subjectArg(pair.subject) };
  for (const { scope, ...coordinator } of opts.coordinators) {
    const buttons = [[{ key: "mentoring-pick-mentor", data: MENTORING_DATA.suggestForRequest(scope.kind, scope.id, pair.id) }]];
    await enqueue(tx, { source: `pair:${pair.id}`, purpose: "requested", recipients: [coordinator], now: opts.now, notice: { key: "mentoring-notice-requested", args, buttons } });
  }
}

/**
 * A coordinator declined the young teacher's request: they hear who did, why (in their own
 * language, the reason being one of the coordinators' buttons) and that they may ask again.
 */
export async function enqueueRequestDeclined(tx: Tx, opts: { pairId: number; coordinatorId: number; reasonKey: string; now: Date }): Promise<void> {
  const pair = await tx.mentorPair.findUniqueOrThrow({ where: { id: opts.pairId }, select: { subject: true, mentee: { select: PERSON } } });
  const coordinator = await tx.user.findUnique({ where: { id: opts.coordinatorId }, select: { fullName: true } });
  await enqueue(tx, {
    source: `pair:${opts.pairId}`,
    purpose: "request-declined",
    recipients: [recipient(pair.mentee)],
    now: opts.now,
    notice: {
      key: "mentoring-notice-request-declined",
      args: { coordinator: coordinator?.fullName ?? "—", subject: subjectArg(pair.subject), reason: { key: opts.reasonKey } },
      buttons: [[{ key: "mentoring-open", data: MENTORING_DATA.home() }]],
    },
  });
}
