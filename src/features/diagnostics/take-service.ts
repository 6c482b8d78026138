// Taking a questionnaire, as rules over the database alone: the attempt and its answers are the
// whole state, so any button of the bot works meanwhile and a restart resumes at the first
// unanswered question. Handlers only turn these results into screens.
import type { Db } from "../../db/client.ts";
import type { Prisma } from "../../generated/sqlite/client.ts";
import { questionnairesForWhere, type Person } from "../../core/audience.ts";
import { changeSince, deficitsOf, definitionSchema, optionsOf, scoreAnswers, type Definition } from "./definition.ts";

const DAY_MS = 86_400_000;

/** A text of the questionnaire file, in both languages. */
export type Text = Definition["title"];


export function parseDefinition(stored: string): Definition {
  return definitionSchema.parse(JSON.parse(stored));
}

function retakeFrom(definition: Definition, finishedAt: Date): Date {
  return new Date(finishedAt.getTime() + definition.retakeAfterDays * DAY_MS);
}

/** Where the person stands with a questionnaire, as the list shows it. */
export type TakeState =
  | { kind: "not-started" }
  | { kind: "in-progress"; answered: number; total: number }
  /** `retakeFrom` at or before now: it may be taken again. */
  | { kind: "done"; finishedAt: Date; retakeFrom: Date };

export type ListedQuestionnaire = { id: number; title: Text; dueAt: Date | null; state: TakeState };

/** The published questionnaires meant for the person, soonest due first, each with its state. */
export async function myQuestionnaires(db: Db, person: Person): Promise<ListedQuestionnaire[]> {
  const rows = await db.questionnaire.findMany({
    where: { AND: [{ status: "published" }, questionnairesForWhere(person)] },
    orderBy: { id: "asc" },
    include: { attempts: { where: { userId: person.userId }, orderBy: { id: "desc" }, take: 1, include: { _count: { select: { answers: true } } } } },
  });
  const listed = rows.map((row) => {
    const definition = parseDefinition(row.definition);
    const last = row.attempts[0];
    const state: TakeState = !last
      ? { kind: "not-started" }
      : last.finishedAt
        ? { kind: "done", finishedAt: last.finishedAt, retakeFrom: retakeFrom(definition, last.finishedAt) }
        : { kind: "in-progress", answered: last._count.answers, total: definition.questions.length };
    return { id: row.id, title: definition.title, dueAt: row.dueAt, state };
  });
  const due = (item: ListedQuestionnaire) => item.dueAt?.getTime() ?? Number.MAX_SAFE_INTEGER;
  return listed.sort((a, b) => due(a) - due(b));
}

/** One question as the person sees it; `chosen` is their answer so far (after "back"). */
export type QuestionView = {
  attemptId: number;
  questionnaireId: number;
  index: number;
  total: number;
  areaTitle: Text;
  statement: Text;
  options: { id: string; label: Text }[];
  chosen: string | null;
};

export type TakeStep =
  | { kind: "question"; view: QuestionView }
  | { kind: "finished"; attemptId: number }
  /** Answers so far are kept; nothing more can be given. */
  | { kind: "closed"; closedAt: Date | null }
  /** A button of an old message, another attempt, another person, or made up: nothing changed. */
  | { kind: "outdated" };

type LoadedAttempt = Prisma.AttemptGetPayload<{ include: { questionnaire: true; answers: true } }>;

function questionView(definition: Definition, attempt: LoadedAttempt, answers: ReadonlyMap<string, string>, index: number): QuestionView {
  const question = definition.questions[index]!;
  const area = definition.areas.find((each) => each.id === question.area)!;
  return {
    attemptId: attempt.id,
    questionnaireId: attempt.questionnaireId,
    index,
    total: definition.questions.length,
    areaTitle: area.title,
    statement: question.text,
    options: optionsOf(definition, question).map((option) => ({ id: option.id, label: option.label })),
    chosen: answers.get(question.id) ?? null,
  };
}

/** Questions are answered in order: the first without an answer, or the count when all are answered. */
function firstUnanswered(definition: Definition, answers: ReadonlyMap<string, string>): number {
  const index = definition.questions.findIndex((question) => !answers.has(question.id));
  return index === -1 ? definition.questions.length : index;
}

const answersOf = (attempt: LoadedAttempt) => new Map(attempt.answers.map((answer) => [answer.questionId, answer.optionId]));

/** The person's own unfinished attempt, or nothing (another person's, a finished one, a made-up id). */
async function openAttempt(db: Db, userId: number, attemptId: number): Promise<LoadedAttempt | null> {
  const attempt = await db.attempt.findFirst({ where: { id: attemptId, userId }, include: { questionnaire: true, answers: true } });
  return attempt && !attempt.finishedAt ? attempt : null;
}

const closed = (questionnaire: { closedAt: Date | null }): TakeStep => ({ kind: "closed", closedAt: questionnaire.closedAt });

export type OpenResult = TakeStep | { kind: "results"; attemptId: number } | { kind: "not-found" };

/**
 * "Open" from the list or a nudge: resumes the unfinished attempt at its first unanswered
 * question, shows the last results once finished, or begins the first attempt.
 */
export async function openQuestionnaire(db: Db, person: Person, questionnaireId: number, now: Date, messageId: number): Promise<OpenResult> {
  const questionnaire = await db.questionnaire.findFirst({ where: { AND: [{ id: questionnaireId }, questionnairesForWhere(person)] } });
  if (!questionnaire || questionnaire.status === "draft") return { kind: "not-found" };
  const last = await db.attempt.findFirst({ where: { questionnaireId, userId: person.userId }, orderBy: { id: "desc" } });
  if (last?.finishedAt) return { kind: "results", attemptId: last.id };
  if (questionnaire.status !== "published") return closed(questionnaire);
  const attempt = last ?? (await db.attempt.create({ data: { questionnaireId, userId: person.userId, startedAt: now } }));
  return showQuestion(db, person.userId, attempt.id, null, { messageId, takeOver: true });
}

export type RetakeResult = TakeStep | { kind: "too-early"; retakeFrom: Date } | { kind: "not-found" };

/** Another attempt, once the questionnaire's interval since the last finished one has passed; earlier attempts stay. */
export async function retake(db: Db, person: Person, questionnaireId: number, now: Date, messageId: number): Promise<RetakeResult> {
  const questionnaire = await db.questionnaire.findFirst({ where: { AND: [{ id: questionnaireId }, questionnairesForWhere(person)] } });
  if (!questionnaire || questionnaire.status === "draft") return { kind: "not-found" };
  if (questionnaire.status !== "published") return closed(questionnaire);
  const last = await db.attempt.findFirst({ where: { questionnaireId, userId: person.userId }, orderBy: { id: "desc" } });
  if (last && !last.finishedAt) return showQuestion(db, person.userId, last.id, null, { messageId, takeOver: true });
  if (last?.finishedAt) {
    const from = retakeFrom(parseDefinition(questionnaire.definition), last.finishedAt);
    if (from > now) return { kind: "too-early", retakeFrom: from };
  }
  const attempt = await db.attempt.create({ data: { questionnaireId, userId: person.userId, startedAt: now } });
  return showQuestion(db, person.userId, attempt.id, null, { messageId, takeOver: true });
}

/** Where a step was pressed: "open" and "retake" move the attempt's questions to that message; the rest must be pressed there. */
export type Screen = { messageId: number; takeOver?: boolean };

/** Whether the press came from the attempt's current screen, making it so on "open". */
async function onScreen(db: Db, attempt: LoadedAttempt, screen: Screen): Promise<boolean> {
  if (screen.takeOver) {
    if (attempt.screenMessageId !== screen.messageId) await db.attempt.update({ where: { id: attempt.id }, data: { screenMessageId: screen.messageId } });
    return true;
  }
  return attempt.screenMessageId === null || attempt.screenMessageId === screen.messageId;
}

/**
 * A question of the person's unfinished attempt: `index` (from "back") may be the current one or
 * an earlier one; null is the first unanswered.
 */
export async function showQuestion(db: Db, userId: number, attemptId: number, index: number | null, screen: Screen): Promise<TakeStep> {
  const attempt = await openAttempt(db, userId, attemptId);
  if (!attempt || !(await onScreen(db, attempt, screen))) return { kind: "outdated" };
  if (attempt.questionnaire.status !== "published") return closed(attempt.questionnaire);
  const definition = parseDefinition(attempt.questionnaire.definition);
  const answers = answersOf(attempt);
  const current = firstUnanswered(definition, answers);
  if (index !== null && (index < 0 || index > current || index >= definition.questions.length)) return { kind: "outdated" };
  return { kind: "question", view: questionView(definition, attempt, answers, index ?? current) };
}

/**
 * Saves an answer as given (a second answer to the same question replaces the first) and moves
 * on to the first unanswered question; the last answer finishes the attempt with its scores.
 */
export async function answer(db: Db, userId: number, given: { attemptId: number; index: number; optionId: string; messageId: number }, now: Date): Promise<TakeStep> {
  const attempt = await openAttempt(db, userId, given.attemptId);
  if (!attempt || !(await onScreen(db, attempt, { messageId: given.messageId }))) return { kind: "outdated" };
  const definition = parseDefinition(attempt.questionnaire.definition);
  const question = definition.questions[given.index];
  const answers = answersOf(attempt);
  if (!question || given.index > firstUnanswered(definition, answers)) return { kind: "outdated" };
  if (!optionsOf(definition, question).some((option) => option.id === given.optionId)) return { kind: "outdated" };
  if (attempt.questionnaire.status !== "published") return closed(attempt.questionnaire);

  const key = { attemptId_questionId: { attemptId: attempt.id, questionId: question.id } };
  await db.answer.upsert({
    where: key,
    create: { attemptId: attempt.id, questionId: question.id, optionId: given.optionId, answeredAt: now },
    update: { optionId: given.optionId, answeredAt: now },
  });
  answers.set(question.id, given.optionId);
  const next = firstUnanswered(definition, answers);
  if (next < definition.questions.length) return { kind: "question", view: questionView(definition, attempt, answers, next) };
  // Only the first of two racing last answers finishes it; both see the results.
  await db.attempt.updateMany({ where: { id: attempt.id, finishedAt: null }, data: { finishedAt: now, scores: JSON.stringify(scoreAnswers(definition, answers)) } });
  return { kind: "finished", attemptId: attempt.id };
}

/** The questionnaire an unfinished attempt belongs to, for "pause" (nothing to save: every answer already is). */
export async function pauseAttempt(db: Db, userId: number, attemptId: number): Promise<{ questionnaireId: number } | null> {
  const attempt = await openAttempt(db, userId, attemptId);
  return attempt && { questionnaireId: attempt.questionnaireId };
}

export type AreaResult = { id: string; title: Text; score: number; previous: number | null; change: number | null };

export type Results = {
  attemptId: number;
  questionnaireId: number;
  title: Text;
  finishedAt: Date;
  previousFinishedAt: Date | null;
  areas: AreaResult[];
  /** Area ids under the threshold, weakest first. */
  deficits: string[];
  threshold: number;
  /** When another attempt may begin; null when the questionnaire is closed. */
  retakeFrom: Date | null;
};

/** A finished attempt of the person: per area its score, the previous finished attempt's, and the change. */
export async function attemptResults(db: Db, userId: number, attemptId: number): Promise<Results | null> {
  const attempt = await db.attempt.findFirst({ where: { id: attemptId, userId, finishedAt: { not: null } }, include: { questionnaire: true, answers: true } });
  if (!attempt?.finishedAt) return null;
  const definition = parseDefinition(attempt.questionnaire.definition);
  const scores = attempt.scores ? (JSON.parse(attempt.scores) as Record<string, number>) : scoreAnswers(definition, answersOf(attempt));
  const previous = await db.attempt.findFirst({
    where: { userId, questionnaireId: attempt.questionnaireId, id: { lt: attempt.id }, finishedAt: { not: null } },
    orderBy: { id: "desc" },
  });
  const previousScores = previous?.scores ? (JSON.parse(previous.scores) as Record<string, number>) : null;
  const change = previousScores ? changeSince(previousScores, scores) : {};
  return {
    attemptId: attempt.id,
    questionnaireId: attempt.questionnaireId,
    title: definition.title,
    finishedAt: attempt.finishedAt,
    previousFinishedAt: previous?.finishedAt ?? null,
    areas: definition.areas.map((area) => ({
      id: area.id,
      title: area.title,
      score: scores[area.id] ?? 0,
      previous: previousScores?.[area.id] ?? null,
      change: change[area.id] ?? null,
    })),
    deficits: deficitsOf(definition, scores),
    threshold: definition.deficitThreshold,
    retakeFrom: attempt.questionnaire.status === "published" ? retakeFrom(definition, attempt.finishedAt) : null,
  };
}
