// Reviewers hear of practices waiting for them once a day, not once a submission: a region's bank
// may take dozens in a day (a contest, a council's call), and every reviewer sees the whole queue,
// so a message per practice would reach each of them dozens of times. The digest counts what came
// (a resubmission after "send back" comes again) and opens the queue; a day with nothing new says
// nothing. It falls due at 21:00 UTC, night in most of Russia, so each reviewer's quiet hours bring
// it with their morning, as the weekly digest of events.
import { DateTime } from "luxon";
import { NUDGE_PERSON, REACHABLE, type DueNudge, type NudgeKind } from "../../nudges/kind.ts";
import type { Db } from "../../db/client.ts";
import { can } from "../roles/permissions.ts";
import { PRACTICE_DATA } from "./callbacks.ts";
import { REVIEW_PERMISSION } from "./rules.ts";

const DAY = 24 * 60 * 60_000;

/** The kind as /settings lists it: reviewers get it unless they switch it off. */
export const PRACTICE_REVIEW_DIGEST = { name: "practice-review", defaultOn: true } as const;

/** 21:00 UTC of each day in the window: 00:00 in Moscow, 03:00 in Omsk, 09:00 in Kamchatka. */
function digestMoments(window: { from: Date; to: Date }): Date[] {
  const moments: Date[] = [];
  for (let at = DateTime.fromJSDate(window.from, { zone: "utc" }).startOf("day").plus({ hours: 21 }); at.toJSDate() <= window.to; at = at.plus({ days: 1 })) {
    if (at.toJSDate() > window.from) moments.push(at.toJSDate());
  }
  return moments;
}

/** Whoever the review buttons let in (REVIEW_PERMISSION), reachable: admins from BOT_ADMIN_IDS too. */
async function reviewers(db: Db, adminIds: readonly bigint[]) {
  const people = await db.user.findMany({
    where: { AND: [REACHABLE, { OR: [{ roles: { some: {} } }, { telegramId: { in: [...adminIds] } }] }] },
    select: { ...NUDGE_PERSON, roles: { select: { role: true, municipalityId: true, schoolId: true } } },
  });
  return people
    .filter((person) => can({ onboarded: true, grants: person.roles, bootstrapAdmin: adminIds.includes(person.telegramId) }, REVIEW_PERMISSION))
    .map(({ roles: _roles, ...person }) => person);
}

/** The daily digest of the review queue; `adminIds` are BOT_ADMIN_IDS, admins without a stored role. */
export function practiceReviewDigest(adminIds: readonly bigint[]): NudgeKind {
  return {
    ...PRACTICE_REVIEW_DIGEST,
    async find(db, window) {
      const due: DueNudge[] = [];
      // Read once a tick, and only when some moment has news for them.
      let people: Awaited<ReturnType<typeof reviewers>> | undefined;
      for (const moment of digestMoments(window)) {
        const waiting = await db.practice.findMany({ where: { status: "submitted", updatedAt: { lte: moment } }, select: { authorId: true, updatedAt: true } });
        const since = moment.getTime() - DAY;
        if (!waiting.some((practice) => practice.updatedAt.getTime() > since)) continue;
        people ??= await reviewers(db, adminIds);
        for (const person of people) {
          // One's own practice is another reviewer's to decide.
          const theirs = waiting.filter((practice) => practice.authorId !== person.id);
          const fresh = theirs.filter((practice) => practice.updatedAt.getTime() > since).length;
          if (!fresh) continue;
          due.push({
            subject: "queue",
            dueAt: moment,
            recipients: [person],
            notice: { key: "practice-review-digest", args: { fresh, waiting: theirs.length }, buttons: [[{ key: "practice-review-digest-open", data: PRACTICE_DATA.review(0) }]] },
            // Once the next day's digest is due, this one is out of date.
            expiresAt: new Date(moment.getTime() + DAY),
          });
        }
      }
      return due;
    },
  };
}
