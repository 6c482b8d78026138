// Whether an open questionnaire is meant for the person is asked on every main-menu render. The
// published questionnaires and their audiences change a few times a year, so each process keeps
// them for a minute (by the injected clock) and forgets them as soon as it publishes, closes or
// re-targets one itself; another instance's change shows within that minute.
import { audienceFromRows, isMeantFor, type Audience, type Person } from "../../core/audience.ts";
import type { Db } from "../../db/client.ts";

const KEPT_MS = 60_000;
const kept = new WeakMap<Db, { readAt: number; audiences: Promise<Audience[]> }>();

function publishedAudiences(db: Db, now: Date): Promise<Audience[]> {
  const entry = kept.get(db);
  const age = entry ? now.getTime() - entry.readAt : Infinity;
  if (entry && age >= 0 && age < KEPT_MS) return entry.audiences;
  const audiences = db.questionnaire
    .findMany({ where: { status: "published" }, select: { audience: { select: { kind: true, value: true } } } })
    .then((rows) => rows.map((row) => audienceFromRows(row.audience)));
  kept.set(db, { readAt: now.getTime(), audiences });
  // A failed read is not kept: the next render asks again.
  audiences.catch(() => kept.delete(db));
  return audiences;
}

/** After this process changed which questionnaires are open, or for whom. */
export function forgetPublishedQuestionnaires(db: Db): void {
  kept.delete(db);
}

/** Whether any published questionnaire is meant for the person (the menu shows its entry only then). */
export async function hasQuestionnaires(db: Db, person: Person, now: Date): Promise<boolean> {
  return (await publishedAudiences(db, now)).some((audience) => isMeantFor(audience, person));
}
