// The rules of managing questionnaires, apart from Telegram: upload (a draft, or a draft's new
// definition), publish, close, the due date and the audience, and the counts methodologists see.
import { audienceFromRows, audienceRows, type Audience } from "../../core/audience.ts";
import { forgetPublishedQuestionnaires } from "./published.ts";
import type { Db } from "../../db/client.ts";
import { definitionSchema, type Definition } from "./definition.ts";

/** Why a change was not made; the bot says each in words (diagnostics-manage-refused-*). */
export type Refusal = "not-found" | "not-draft" | "due-passed";
export type Outcome<T = object> = ({ ok: true } & T) | { ok: false; refusal: Refusal; status?: string };

export type QuestionnaireStatus = "draft" | "published" | "closed";

export type QuestionnaireSummary = {
  id: number;
  key: string;
  title: Definition["title"];
  status: QuestionnaireStatus;
  dueAt: Date | null;
  /** Attempts under way (no finishedAt). */
  inProgress: number;
  finished: number;
};

export type QuestionnaireDetails = QuestionnaireSummary & { definition: Definition; audience: Audience };

const LIST_LIMIT = 30;

async function countsOf(db: Db, ids: number[]): Promise<Map<number, { inProgress: number; finished: number }>> {
  const groups = await db.attempt.groupBy({ by: ["questionnaireId", "finishedAt"], where: { questionnaireId: { in: ids } }, _count: { _all: true } });
  const counts = new Map(ids.map((id) => [id, { inProgress: 0, finished: 0 }]));
  for (const group of groups) {
    const count = counts.get(group.questionnaireId)!;
    if (group.finishedAt === null) count.inProgress += group._count._all;
    else count.finished += group._count._all;
  }
  return counts;
}

/** Newest first: drafts and open ones are what a methodologist works on. */
export async function listQuestionnaires(db: Db): Promise<QuestionnaireSummary[]> {
  const rows = await db.questionnaire.findMany({ orderBy: { id: "desc" }, take: LIST_LIMIT, select: { id: true, key: true, definition: true, status: true, dueAt: true } });
  const counts = await countsOf(db, rows.map((row) => row.id));
  return rows.map((row) => ({ id: row.id, key: row.key, title: definitionSchema.parse(JSON.parse(row.definition)).title, status: row.status as QuestionnaireStatus, dueAt: row.dueAt, ...counts.get(row.id)! }));
}

export async function loadQuestionnaire(db: Db, id: number): Promise<QuestionnaireDetails | null> {
  const row = await db.questionnaire.findUnique({ where: { id }, select: { id: true, key: true, definition: true, status: true, dueAt: true, audience: { select: { kind: true, value: true } } } });
  if (!row) return null;
  const definition = definitionSchema.parse(JSON.parse(row.definition));
  const counts = await countsOf(db, [row.id]);
  return { id: row.id, key: row.key, title: definition.title, status: row.status as QuestionnaireStatus, dueAt: row.dueAt, definition, audience: audienceFromRows(row.audience), ...counts.get(row.id)! };
}

/**
 * A valid file becomes a draft, or the new definition of the draft with its id. A published or
 * closed one is never rewritten: people's answers refer to its questions.
 */
export async function saveUploadedQuestionnaire(db: Db, input: { definition: Definition; userId: number }): Promise<Outcome<{ id: number; replaced: boolean }>> {
  const key = input.definition.id;
  const definition = JSON.stringify(input.definition);
  const existing = await db.questionnaire.findUnique({ where: { key }, select: { id: true, status: true } });
  if (existing) {
    // Only while still a draft: the status is part of the condition, so a publish in between wins.
    const updated = await db.questionnaire.updateMany({ where: { id: existing.id, status: "draft" }, data: { definition } });
    if (!updated.count) return { ok: false, refusal: "not-draft", status: existing.status };
    return { ok: true, id: existing.id, replaced: true };
  }
  const created = await db.questionnaire.create({ data: { key, definition, status: "draft", createdById: input.userId }, select: { id: true } });
  return { ok: true, id: created.id, replaced: false };
}

/** A draft or a closed one opens for answers (a due date already past is refused: set a new one first). */
export async function publishQuestionnaire(db: Db, id: number, now: Date): Promise<Outcome> {
  const row = await db.questionnaire.findUnique({ where: { id }, select: { status: true, dueAt: true } });
  if (!row) return { ok: false, refusal: "not-found" };
  if (row.status === "published") return { ok: true };
  if (row.dueAt && row.dueAt <= now) return { ok: false, refusal: "due-passed" };
  await db.questionnaire.updateMany({ where: { id, status: row.status }, data: { status: "published", publishedAt: now, closedAt: null } });
  forgetPublishedQuestionnaires(db);
  return { ok: true };
}

/** No more answers; the attempts and results stay. */
export async function closeQuestionnaire(db: Db, id: number, now: Date): Promise<Outcome> {
  const updated = await db.questionnaire.updateMany({ where: { id, status: "published" }, data: { status: "closed", closedAt: now } });
  forgetPublishedQuestionnaires(db);
  if (!updated.count && !(await db.questionnaire.count({ where: { id } }))) return { ok: false, refusal: "not-found" };
  return { ok: true };
}

/** A due date ahead of now, or none. */
export async function setQuestionnaireDue(db: Db, id: number, dueAt: Date | null, now: Date): Promise<Outcome> {
  if (dueAt && dueAt <= now) return { ok: false, refusal: "due-passed" };
  const updated = await db.questionnaire.updateMany({ where: { id }, data: { dueAt } });
  return updated.count ? { ok: true } : { ok: false, refusal: "not-found" };
}

export async function setQuestionnaireAudience(db: Db, id: number, audience: Audience): Promise<Outcome> {
  if (!(await db.questionnaire.count({ where: { id } }))) return { ok: false, refusal: "not-found" };
  await db.$transaction([
    db.questionnaireAudience.deleteMany({ where: { questionnaireId: id } }),
    db.questionnaireAudience.createMany({ data: audienceRows(audience).map((row) => ({ ...row, questionnaireId: id })) }),
  ]);
  forgetPublishedQuestionnaires(db);
  return { ok: true };
}

/** The name askAudience and describeAudience show for the place an audience is limited to. */
export async function placeName(db: Db, audience: Audience): Promise<string | null> {
  const municipalities = await db.municipality.findMany({ where: { id: { in: audience.municipalityIds } }, select: { name: true } });
  const schools = await db.school.findMany({ where: { id: { in: audience.schoolIds } }, select: { name: true, municipality: { select: { name: true } } } });
  const names = [...municipalities.map((each) => each.name), ...schools.map((each) => `${each.name}, ${each.municipality.name}`)];
  return names.length ? names.join("; ") : null;
}
