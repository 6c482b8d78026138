// The questionnaire the team ships (questionnaires/default.yaml): published for everyone the
// first time the bot starts on a database without it. Only its absence is checked, so a
// methodologist's later changes (audience, due date, closing it) are never undone.
import { readFile } from "node:fs/promises";
import type { Db } from "../../db/client.ts";
import { parseQuestionnaireFile } from "./file.ts";
import { forgetPublishedQuestionnaires } from "./published.ts";

const DEFAULT_FILE = new URL("../../../questionnaires/default.yaml", import.meta.url);

/** Creates the default questionnaire when none has its key; returns its key when it did. */
export async function ensureDefaultQuestionnaire(db: Db, now: Date): Promise<string | null> {
  const parsed = parseQuestionnaireFile(await readFile(DEFAULT_FILE));
  // The file is ours and a test parses it: an error here is a broken build, not bad input.
  if ("errors" in parsed) throw new Error(`questionnaires/default.yaml: ${parsed.errors.map((each) => `line ${each.line}: ${each.message}`).join("; ")}`);
  const { definition } = parsed;
  if (await db.questionnaire.count({ where: { key: definition.id } })) return null;
  try {
    await db.questionnaire.create({ data: { key: definition.id, definition: JSON.stringify(definition), status: "published", publishedAt: now } });
    forgetPublishedQuestionnaires(db);
  } catch (error) {
    // Another instance starting at the same moment created it: the unique key kept one.
    if ((error as { code?: string }).code === "P2002") return null;
    throw error;
  }
  return definition.id;
}
