import type { Tx } from "../../db/client.ts";
import { searchTokens } from "./place-search.ts";

/** Words of a name shorter than this ("М", "О") are initials, too common to mark a name. */
const WORD_MIN = 3;

/**
 * The organiser line of the events a person created names them when they chose "Me" (or typed
 * their name): once their data is deleted it reads `placeholder` instead. An organiser holding
 * any word of their name counts, so "Иванова М. П." goes as well as "Иванова Мария Петровна";
 * an organisation's name they typed stays.
 */
export async function anonymiseOrganisedEvents(tx: Tx, opts: { userId: number; fullName: string | null; placeholder: string }): Promise<number> {
  const nameWords = new Set(searchTokens(opts.fullName ?? "").filter((word) => word.length >= WORD_MIN));
  if (!nameWords.size) return 0;
  const events = await tx.event.findMany({ where: { createdById: opts.userId }, select: { id: true, organiser: true } });
  const naming = events.filter((event) => searchTokens(event.organiser).some((word) => nameWords.has(word)));
  if (!naming.length) return 0;
  const { count } = await tx.event.updateMany({ where: { id: { in: naming.map((event) => event.id) } }, data: { organiser: opts.placeholder } });
  return count;
}
