// "The meeting took place": one tap by either of the pair once the meeting has begun, recorded
// once (a second tap, by either, is told it is already recorded); then an optional short note.
import type { Db } from "../../../db/client.ts";
import { forChange, meetingAccess, refuse, type Meeting, type Outcome } from "./access.ts";
import { checkNote } from "./rules.ts";

/** Marks the meeting held at `now`. */
export async function recordHeld(db: Db, opts: { meetingId: number; userId: number; now: Date }): Promise<Outcome<Meeting>> {
  const found = forChange(await meetingAccess(db, opts));
  if (!found.ok) return found;
  const { meeting } = found.value;
  if (meeting.heldAt) return refuse("already-held");
  if (meeting.startsAt > opts.now) return refuse("not-started");
  // Two taps at once (both people, or one twice): the first records it, the other is told.
  const { count } = await db.pairMeeting.updateMany({ where: { id: meeting.id, heldAt: null }, data: { heldAt: opts.now } });
  return count ? { ok: true, value: { ...meeting, heldAt: opts.now } } : refuse("already-held");
}

/** A meeting whose note may be written: held, of a working pair the person is in. */
export async function heldMeeting(db: Db, opts: { meetingId: number; userId: number }): Promise<Outcome<Meeting>> {
  const found = forChange(await meetingAccess(db, opts));
  if (!found.ok) return found;
  return found.value.meeting.heldAt ? { ok: true, value: found.value.meeting } : refuse("not-held");
}

/** Sets (or rewrites) the note of a held meeting. */
export async function saveNote(db: Db, opts: { meetingId: number; userId: number; note: string }): Promise<Outcome<Meeting>> {
  const note = checkNote(opts.note);
  if (note === null) return refuse("note");
  const found = await heldMeeting(db, opts);
  if (!found.ok) return found;
  await db.pairMeeting.update({ where: { id: found.value.id }, data: { note } });
  return { ok: true, value: { ...found.value, note } };
}
