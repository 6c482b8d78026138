// "📥 Import from a spreadsheet": a methodologist sends an .xlsx or .csv file, sees what it holds
// and what importing would add or update, and confirms. The file is read again on confirming, so
// the conversation keeps its id only, and the role is checked again then.
import { InlineKeyboard } from "grammy";
import type { Context, ConversationContext } from "../../bot/context.ts";
import { CANCELLED, Flow, type Conv } from "../../bot/flow.ts";
import { esc } from "../../bot/html.ts";
import { COMPETENCY_AREAS } from "../plans/parser/types.ts";
import { cut } from "../plans/words.ts";
import { SUBJECTS } from "../profile/subjects.ts";
import { can } from "../roles/permissions.ts";
import { PRACTICE_DATA } from "./callbacks.ts";
import { IMPORT_MAX_MB, IMPORT_MAX_ROWS, readSpreadsheet } from "./import-read.ts";
import { fold, practicesOfRows, type ImportedRows, type Vocabulary } from "./import-rows.ts";
import { importPractices, previewImport, type ImportCounts } from "./import-service.ts";
import { AREA_KEYS } from "./labels.ts";
import { REVIEW_PERMISSION } from "./rules.ts";

export const IMPORT_PRACTICES = "import-practices";
export type ImportPracticesArgs = { lang: string };

type Upload = { fileId: string; fileName: string };
type Read = { ok: true; rows: ImportedRows; counts: ImportCounts } | { ok: false; problem: string };
/** What the preview shows: the counts and the first titles, not every row (the conversation's state keeps it). */
type Preview = Omit<ImportedRows, "practices"> & ImportCounts & { titles: string[] };

const PREVIEW_TITLES = 5;

/** The bot's names of subjects and areas in the methodologist's language, as a file may write them. */
function vocabularyOf(outer: Context): Vocabulary {
  return {
    subjects: new Map(SUBJECTS.map((subject) => [fold(outer.t(`subject-${subject}`)), subject])),
    areas: new Map(COMPETENCY_AREAS.map((area) => [fold(outer.t(AREA_KEYS[area])), area])),
  };
}

/** The file's practices, or the locale key saying why there are none. */
async function readUpload(outer: Context, upload: Upload): Promise<Read> {
  if (!can(outer.member, REVIEW_PERMISSION)) return { ok: false, problem: "error-not-allowed" };
  const read = await readSpreadsheet(await outer.deps.fetchFile(outer.api, upload.fileId), upload.fileName);
  if (!read.ok) return { ok: false, problem: read.problem === "type" ? "practice-import-type" : read.problem === "size" ? "practice-import-size" : "practice-import-unreadable" };
  const rows = practicesOfRows(read.rows, vocabularyOf(outer));
  if (!rows) return { ok: false, problem: "practice-import-no-header" };
  if (!rows.practices.length) return { ok: false, problem: "practice-import-empty" };
  return { ok: true, rows, counts: await previewImport(outer.deps.db, rows.practices) };
}

export async function importPracticesConversation(conversation: Conv, ctx: ConversationContext, args: ImportPracticesArgs) {
  const flow = new Flow(conversation, ctx, args.lang, { leave: "practice-import-left" });
  const sent = await flow.step<{ file: Upload; preview: Preview }>({
    cancellable: true,
    screen: () => ({ text: flow.t("practice-ask-import", { max: IMPORT_MAX_MB, rows: IMPORT_MAX_ROWS }) }),
    onMessage: async (message) => {
      const document = message.document;
      if (!document) return { refuse: flow.t("practice-import-hint") };
      if ((document.file_size ?? 0) > IMPORT_MAX_MB * 1024 * 1024) return { refuse: flow.t("practice-import-size", { max: IMPORT_MAX_MB }) };
      const candidate = { fileId: document.file_id, fileName: cut(document.file_name ?? "practices", 200) };
      const read = await conversation.external(async (outer) => {
        const found = await readUpload(outer, candidate);
        return found.ok ? { ok: true as const, preview: previewOf(found) } : found;
      });
      if (!read.ok) return { refuse: flow.t(read.problem, { max: IMPORT_MAX_MB }) };
      return { done: { file: candidate, preview: read.preview } };
    },
  });
  // Every end leaves a way back to the bank.
  const back = () => new InlineKeyboard().text(flow.t("practice-menu"), PRACTICE_DATA.home);
  if (sent === CANCELLED) return void (await flow.say(flow.t("practice-import-cancelled"), back()));
  const { file, preview } = sent;
  const confirmed = await flow.step<true>({
    cancellable: true,
    screen: () => ({ text: previewText(flow, file.fileName, preview), keyboard: new InlineKeyboard().text(flow.t("practice-import-confirm"), "s:go") }),
    onButton: (data) => (data === "go" ? { done: true } : undefined),
  });
  if (confirmed === CANCELLED) return void (await flow.say(flow.t("practice-import-cancelled"), back()));
  const done = await conversation.external(async (outer) => {
    const read = await readUpload(outer, file);
    if (!read.ok) return read;
    return { ok: true as const, counts: await importPractices(outer.deps.db, { practices: read.rows.practices, importerId: outer.member!.userId, now: outer.deps.clock.now() }) };
  });
  await flow.say(done.ok ? flow.t("practice-imported", done.counts) : flow.t(done.problem, { max: IMPORT_MAX_MB }), back());
}

function previewOf({ rows, counts }: Extract<Read, { ok: true }>): Preview {
  const { practices, ...skipped } = rows;
  const titles = practices.slice(0, PREVIEW_TITLES).map((practice) => `${cut(practice.title, 100)}${practice.authorName ? ` — ${practice.authorName}` : ""}`);
  return { ...skipped, ...counts, titles };
}

function previewText(flow: Flow, fileName: string, preview: Preview): string {
  const { titles, ...counts } = preview;
  return flow.t("practice-import-preview", { file: esc(fileName), ...counts, titles: titles.map((title) => `• ${esc(title)}`).join("\n") });
}
