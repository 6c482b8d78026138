// Planning a pair's meetings: either of its two people adds one, moves or cancels an upcoming one,
// and the other is told through the outbox in the same transaction; a pair that ends drops those
// ahead. Every rule is checked here again, whatever the questions accepted: a button or an answer
// may be old by the time it is saved.
import type { Db, Tx } from "../../../db/client.ts";
import { enqueue } from "../../../messaging/enqueue.ts";
import type { NoticeArg } from "../../../messaging/notice.ts";
import { forChange, meetingAccess, pairAccess, refuse, type Meeting, type Outcome, type PairAccess } from "./access.ts";
import { MEETING_DATA } from "./callbacks.ts";
import { reminderSource } from "./nudges.ts";
import { checkStart, checkTopic } from "./rules.ts";

/** Tells the pair's other person what the one acting did, with a button to the plan. */
async function tellOther(tx: Tx, access: PairAccess, opts: { meetingId: number; purpose: string; key: string; args: Record<string, NoticeArg>; now: Date }) {
  const actor = access.role === "mentor" ? access.pair.mentor : access.pair.mentee;
  await enqueue(tx, {
    source: `meeting:${opts.meetingId}`,
    purpose: opts.purpose,
    recipients: [{ userId: access.other.id, telegramId: access.other.telegramId }],
    notice: {
      key: opts.key,
      args: { role: access.role, name: actor.fullName ?? "—", ...opts.args },
      buttons: [[{ key: "meetings-open", data: MEETING_DATA.listAsNew(access.pair.id) }]],
    },
    now: opts.now,
  });
}

const when = (at: Date) => ({ when: at.toISOString() });

/** A reminder of the old time still waiting (for the morning, after quiet hours) is not sent; the new time gets its own. */
const withdrawReminder = (tx: Tx, meetingId: number) =>
  tx.outboxMessage.updateMany({ where: { source: reminderSource(meetingId), status: "pending" }, data: { status: "cancelled" } });

/** A new meeting of a working pair; its id. */
export async function addMeeting(db: Db, opts: { pairId: number; userId: number; startsAt: Date; topic: string; now: Date }): Promise<Outcome<number>> {
  const topic = checkTopic(opts.topic);
  if (topic === null) return refuse("topic");
  const rule = checkStart(opts.startsAt, opts.now);
  if (rule) return refuse(rule);
  return db.$transaction(async (tx) => {
    const access = forChange(await pairAccess(tx, opts));
    if (!access.ok) return access;
    const meeting = await tx.pairMeeting.create({
      data: { pairId: opts.pairId, startsAt: opts.startsAt, topic, createdById: opts.userId, createdAt: opts.now },
      select: { id: true },
    });
    await tellOther(tx, access.value, { meetingId: meeting.id, purpose: "added", key: "meetings-added-notice", args: { topic, when: when(opts.startsAt) }, now: opts.now });
    return { ok: true, value: meeting.id };
  });
}

/** An upcoming meeting the person may change: theirs, of a working pair, not begun. */
export async function upcomingMeeting(db: Db | Tx, opts: { meetingId: number; userId: number; now: Date }): Promise<Outcome<{ meeting: Meeting; access: PairAccess }>> {
  const found = forChange(await meetingAccess(db, opts));
  if (!found.ok) return found;
  if (found.value.meeting.heldAt) return refuse("already-held");
  return found.value.meeting.startsAt > opts.now ? found : refuse("started");
}

/** The meeting at another time; the old and the new time, for the words. */
export async function moveMeeting(db: Db, opts: { meetingId: number; userId: number; startsAt: Date; now: Date }): Promise<Outcome<Meeting>> {
  const rule = checkStart(opts.startsAt, opts.now);
  if (rule) return refuse(rule);
  return db.$transaction(async (tx) => {
    const found = await upcomingMeeting(tx, opts);
    if (!found.ok) return found;
    const { meeting, access } = found.value;
    // Only while it has not begun: the other person may have marked it held meanwhile.
    const { count } = await tx.pairMeeting.updateMany({ where: { id: meeting.id, heldAt: null, startsAt: { gt: opts.now } }, data: { startsAt: opts.startsAt } });
    if (!count) return refuse("started");
    await withdrawReminder(tx, meeting.id);
    await tellOther(tx, access, {
      meetingId: meeting.id,
      purpose: `moved:${opts.now.getTime()}`,
      key: "meetings-moved-notice",
      args: { topic: meeting.topic, was: when(meeting.startsAt), when: when(opts.startsAt) },
      now: opts.now,
    });
    return { ok: true, value: { ...meeting, startsAt: opts.startsAt } };
  });
}

/** Cancels an upcoming meeting: it is deleted, the other person told. */
export async function deleteMeeting(db: Db, opts: { meetingId: number; userId: number; now: Date }): Promise<Outcome<Meeting>> {
  return db.$transaction(async (tx) => {
    const found = await upcomingMeeting(tx, opts);
    if (!found.ok) return found;
    const { meeting, access } = found.value;
    const { count } = await tx.pairMeeting.deleteMany({ where: { id: meeting.id, heldAt: null, startsAt: { gt: opts.now } } });
    if (!count) return refuse("started");
    await withdrawReminder(tx, meeting.id);
    await tellOther(tx, access, { meetingId: meeting.id, purpose: "deleted", key: "meetings-deleted-notice", args: { topic: meeting.topic, when: when(meeting.startsAt) }, now: opts.now });
    return { ok: true, value: meeting };
  });
}

/**
 * A pair that ends keeps its history, not its plans: the meetings still ahead are cancelled (deleted,
 * as a cancelled meeting is) with their reminders still waiting, in the caller's transaction; how many.
 */
export async function cancelMeetingsAhead(tx: Tx, opts: { pairId: number; now: Date }): Promise<number> {
  const ahead = (await tx.pairMeeting.findMany({ where: { pairId: opts.pairId, heldAt: null, startsAt: { gt: opts.now } }, select: { id: true } })).map(({ id }) => id);
  if (!ahead.length) return 0;
  await tx.outboxMessage.updateMany({ where: { source: { in: ahead.map(reminderSource) }, status: "pending" }, data: { status: "cancelled" } });
  const { count } = await tx.pairMeeting.deleteMany({ where: { id: { in: ahead } } });
  return count;
}
