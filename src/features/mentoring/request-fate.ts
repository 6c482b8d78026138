// What became of a young teacher's request for a mentor, for a coordinator who opens it late (from
// its notice, or a reasons screen left open): still waiting, taken back by the young teacher,
// declined by a coordinator, or made a pair. The scope in a button only chooses the list: the
// coordinator's grants and the young teacher are checked against it afresh.
import type { Db } from "../../db/client.ts";
import type { ReportScope } from "../reports/scope.ts";
import { mayCoordinate, type Coordinator } from "./pairs.ts";

/** Where a pair made of a request stands now. */
export type MadePairStatus = "proposed" | "active" | "declined" | "ended";

export type RequestFate =
  | { kind: "waiting" }
  | { kind: "withdrawn"; at: Date }
  /** `reason`: as the coordinator read it on their button. */
  | { kind: "declined"; at: Date; by: string | null; reason: string | null }
  | { kind: "paired"; status: MadePairStatus; mentor: string | null; by: string | null };

export type RequestFateOutcome = { kind: "found"; menteeId: number; fate: RequestFate } | { kind: "not-allowed" };

const PAIR_STATUSES: readonly MadePairStatus[] = ["proposed", "active", "declined", "ended"];
const isPairStatus = (status: string): status is MadePairStatus => (PAIR_STATUSES as readonly string[]).includes(status);

/** The request's fate for a coordinator of the scope; not allowed for anyone else, or a pair that does not exist. */
export async function requestFate(db: Db, opts: { coordinator: Coordinator | null; scope: ReportScope; pairId: number }): Promise<RequestFateOutcome> {
  const pair = await db.mentorPair.findUnique({
    where: { id: opts.pairId },
    select: { menteeId: true, status: true, endedAt: true, endedById: true, endReason: true, mentor: { select: { fullName: true } }, proposedBy: { select: { fullName: true } } },
  });
  if (!pair || !(await mayCoordinate(db, opts.coordinator, opts.scope, pair.menteeId))) return { kind: "not-allowed" };
  const found = (fate: RequestFate): RequestFateOutcome => ({ kind: "found", menteeId: pair.menteeId, fate });
  // A pair proposed from the request keeps its row, so a mentor there means it was made a pair.
  if (pair.mentor && isPairStatus(pair.status)) {
    return found({ kind: "paired", status: pair.status, mentor: pair.mentor.fullName, by: pair.proposedBy?.fullName ?? null });
  }
  if (pair.status !== "declined" || !pair.endedAt) return found({ kind: "waiting" });
  if (pair.endedById === pair.menteeId) return found({ kind: "withdrawn", at: pair.endedAt });
  const by = pair.endedById === null ? null : await db.user.findUnique({ where: { id: pair.endedById }, select: { fullName: true } });
  return found({ kind: "declined", at: pair.endedAt, by: by?.fullName ?? null, reason: pair.endReason });
}
