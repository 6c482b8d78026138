import type { Db } from "../../db/client.ts";
import type { Member } from "../../core/member.ts";
import { canMarkAttendance } from "./attendance.ts";
import { loadEventCard } from "./card.ts";

/**
 * An event's card as this person may read it, null when there is none for them. Anyone may read
 * an event meant for other places, subjects or years (the card says it is for another audience);
 * an event limited to roles (methodologists only, say) is not there at all for people without
 * them, however they reach it: a list, a deep link, a forged button. Their own sign-up and the
 * staff who manage events see it whatever its audience.
 */
export async function loadReadableCard(db: Db, opts: { eventId: number; person: Member }) {
  const card = await loadEventCard(db, opts);
  if (!card || card.inAudience || card.status !== null || canMarkAttendance(opts.person)) return card;
  const roles = await db.eventAudience.findMany({ where: { eventId: card.id, kind: "role" }, select: { value: true } });
  return roles.length && !roles.some((row) => opts.person.roles.includes(row.value)) ? null : card;
}
