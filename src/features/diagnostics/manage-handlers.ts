// Methodologists' side of questionnaires in the bot: a .yaml/.yml/.json document is an upload
// (other documents go on to the plans' import), and the dgm: buttons open, publish, close and
// change one. Every button re-checks "diagnostics.manage" on the server.
import { createConversation } from "@grammyjs/conversations";
import { Composer } from "grammy";
import type { Context } from "../../bot/context.ts";
import { esc } from "../../bot/html.ts";
import { showHome } from "../../bot/main-menu.ts";
import { editScreen } from "../../bot/screen.ts";
import { pickLocale } from "../../i18n/index.ts";
import { onlyWith } from "../roles/guard.ts";
import { can } from "../roles/permissions.ts";
import { MAX_QUESTIONNAIRE_BYTES, parseQuestionnaireFile, type FileError, type FileIssue, type FileProblem } from "./file.ts";
import { ANY_MANAGE_QUESTIONNAIRE_DATA, MANAGE_QUESTIONNAIRE_DATA as DATA, SET_QUESTIONNAIRE_AUDIENCE, SET_QUESTIONNAIRE_DUE, type QuestionnaireChangeArgs } from "./manage-callbacks.ts";
import { setAudienceConversation, setDueConversation } from "./manage-conversations.ts";
import { closeQuestionnaire, publishQuestionnaire, saveUploadedQuestionnaire, type Outcome } from "./manage-service.ts";
import { questionnaireListScreen, questionnaireScreen, refusalText } from "./manage-screens.ts";

/** Shown at most; the rest are counted. */
const ERRORS_SHOWN = 10;
const QUESTIONNAIRE_FILE = /\.(ya?ml|json)$/i;

const PROBLEM_KEYS: Record<FileProblem, string> = {
  "too-large": "diagnostics-file-too-large",
  "not-utf8": "diagnostics-file-not-utf8",
  empty: "diagnostics-file-empty",
  "not-object": "diagnostics-file-not-object",
};

const ISSUE_KEYS: Record<FileIssue, string> = {
  "duplicate-area": "diagnostics-file-issue-duplicate-area",
  "duplicate-question": "diagnostics-file-issue-duplicate-question",
  "duplicate-option": "diagnostics-file-issue-duplicate-option",
  "unknown-area": "diagnostics-file-issue-unknown-area",
  "no-options": "diagnostics-file-issue-no-options",
  "empty-area": "diagnostics-file-issue-empty-area",
  "id-format": "diagnostics-file-issue-id-format",
  "yaml-indent": "diagnostics-file-issue-yaml-indent",
  "yaml-tab": "diagnostics-file-issue-yaml-tab",
  "yaml-duplicate-key": "diagnostics-file-issue-yaml-duplicate-key",
  "yaml-missing-char": "diagnostics-file-issue-yaml-missing-char",
  "yaml-syntax": "diagnostics-file-issue-yaml-syntax",
};

export const diagnosticsManageFeature = new Composer<Context>();
diagnosticsManageFeature.use(createConversation(setDueConversation, SET_QUESTIONNAIRE_DUE));
diagnosticsManageFeature.use(createConversation(setAudienceConversation, SET_QUESTIONNAIRE_AUDIENCE));

const registered = diagnosticsManageFeature.filter((ctx) => ctx.member?.onboarded === true);

registered.on("message:document", async (ctx, next) => {
  const document = ctx.message.document;
  // Only questionnaire files, and only from those who manage them: anything else is the plans' import.
  if (!QUESTIONNAIRE_FILE.test(document.file_name ?? "") || !can(ctx.member, "diagnostics.manage")) return next();
  const t = ctx.t.bind(ctx);
  if ((document.file_size ?? 0) > MAX_QUESTIONNAIRE_BYTES) return void (await ctx.reply(t("diagnostics-file-too-large")));
  const parsed = parseQuestionnaireFile(await ctx.deps.fetchFile(ctx.api, document.file_id), pickLocale(ctx.member?.lang, ctx.from?.language_code) === "en" ? "en" : "ru");
  if ("errors" in parsed) {
    const shown = parsed.errors.slice(0, ERRORS_SHOWN).map((error) => `• ${errorLine(ctx, error)}`);
    if (parsed.errors.length > ERRORS_SHOWN) shown.push(t("diagnostics-file-more", { count: parsed.errors.length - ERRORS_SHOWN }));
    return void (await ctx.reply(t("diagnostics-file-errors", { file: esc(document.file_name ?? ""), count: parsed.errors.length, list: shown.join("\n") }), { parse_mode: "HTML" }));
  }
  const saved = await saveUploadedQuestionnaire(ctx.deps.db, { definition: parsed.definition, userId: ctx.member!.userId });
  if (!saved.ok) {
    return void (await ctx.reply(t("diagnostics-file-refused", { key: esc(parsed.definition.id), status: refusalText(t, saved.refusal, saved.status) }), { parse_mode: "HTML" }));
  }
  const lang = pickLocale(ctx.member?.lang, ctx.from?.language_code) === "en" ? "en" : "ru";
  await ctx.reply(t(saved.replaced ? "diagnostics-file-replaced" : "diagnostics-file-saved", { title: esc(parsed.definition.title[lang]), questions: parsed.definition.questions.length }), { parse_mode: "HTML" });
  const screen = await questionnaireScreen(ctx, saved.id);
  if (screen) await ctx.reply(screen.text, { parse_mode: "HTML", reply_markup: screen.keyboard });
});

function errorLine(ctx: Context, error: FileError): string {
  const message = error.problem
    ? ctx.t(PROBLEM_KEYS[error.problem])
    : error.issue
      ? ctx.t(ISSUE_KEYS[error.issue], { id: esc(error.id ?? "") })
      : esc(error.message);
  const place = [error.line === undefined ? null : ctx.t("diagnostics-file-line", { line: error.line }), error.path ? `<code>${esc(error.path)}</code>` : null].filter(Boolean).join(", ");
  return place ? `${place}: ${message}` : message;
}

const manage = diagnosticsManageFeature.callbackQuery(ANY_MANAGE_QUESTIONNAIRE_DATA);
manage.use(onlyWith("diagnostics.manage"));

async function showQuestionnaire(ctx: Context, id: number, toast?: string) {
  const screen = await questionnaireScreen(ctx, id);
  if (!screen) return void (await ctx.answerCallbackQuery({ text: refusalText(ctx.t.bind(ctx), "not-found"), show_alert: true }));
  await ctx.answerCallbackQuery(toast ? { text: toast } : {});
  await editScreen(ctx, screen);
}

async function afterChange(ctx: Context, id: number, result: Outcome, doneKey: string) {
  if (!result.ok) return void (await ctx.answerCallbackQuery({ text: refusalText(ctx.t.bind(ctx), result.refusal, result.status), show_alert: true }));
  await showQuestionnaire(ctx, id, ctx.t(doneKey));
}

manage.callbackQuery(DATA.list.pattern, async (ctx) => {
  await ctx.answerCallbackQuery();
  await editScreen(ctx, await questionnaireListScreen(ctx));
});
manage.callbackQuery(DATA.open.pattern, (ctx) => showQuestionnaire(ctx, ...DATA.open.parse(ctx.match)));
manage.callbackQuery(DATA.publish.pattern, async (ctx) => {
  const [id] = DATA.publish.parse(ctx.match);
  await afterChange(ctx, id, await publishQuestionnaire(ctx.deps.db, id, ctx.deps.clock.now()), "diagnostics-manage-published");
});
manage.callbackQuery(DATA.close.pattern, async (ctx) => {
  const [id] = DATA.close.parse(ctx.match);
  await afterChange(ctx, id, await closeQuestionnaire(ctx.deps.db, id, ctx.deps.clock.now()), "diagnostics-manage-closed");
});

async function enter(ctx: Context, conversation: typeof SET_QUESTIONNAIRE_DUE | typeof SET_QUESTIONNAIRE_AUDIENCE, id: number) {
  await ctx.answerCallbackQuery();
  const args: QuestionnaireChangeArgs = { lang: pickLocale(ctx.member?.lang, ctx.from?.language_code), id };
  await ctx.conversation.enter(conversation, args);
}
manage.callbackQuery(DATA.due.pattern, (ctx) => enter(ctx, SET_QUESTIONNAIRE_DUE, ...DATA.due.parse(ctx.match)));
manage.callbackQuery(DATA.audience.pattern, (ctx) => enter(ctx, SET_QUESTIONNAIRE_AUDIENCE, ...DATA.audience.parse(ctx.match)));
manage.callbackQuery(DATA.menu.pattern, async (ctx) => {
  await ctx.answerCallbackQuery();
  await showHome(ctx, { edit: true });
});

/** An old or made-up button of this feature changes nothing. */
manage.use(async (ctx) => {
  await ctx.answerCallbackQuery({ text: ctx.t("button-outdated") });
});
