// What methodologists see of questionnaires: the list with status, due date and counts, and one
// questionnaire with its areas, questions, audience and the buttons that change it.
import { InlineKeyboard } from "grammy";
import type { Context } from "../../bot/context.ts";
import { esc } from "../../bot/html.ts";
import type { Screen } from "../../bot/screen.ts";
import { formatWhen, type Translate } from "../../i18n/dates.ts";
import { pickLocale } from "../../i18n/index.ts";
import { describeAudience } from "../events/manage/card.ts";
import { MANAGE_QUESTIONNAIRE_DATA as DATA } from "./manage-callbacks.ts";
import { listQuestionnaires, loadQuestionnaire, placeName, type QuestionnaireStatus, type Refusal } from "./manage-service.ts";

const STATUS_KEYS: Record<QuestionnaireStatus, string> = {
  draft: "diagnostics-manage-status-draft",
  published: "diagnostics-manage-status-published",
  closed: "diagnostics-manage-status-closed",
};

const REFUSAL_KEYS: Record<Refusal, string> = {
  "not-found": "diagnostics-manage-refused-not-found",
  "not-draft": "diagnostics-manage-refused-not-draft",
  "due-passed": "diagnostics-manage-refused-due-passed",
};

export const statusWord = (t: Translate, status: QuestionnaireStatus) => t(STATUS_KEYS[status]);
export const refusalText = (t: Translate, refusal: Refusal, status?: string) => t(REFUSAL_KEYS[refusal], { status: status ? statusWord(t, status as QuestionnaireStatus) : "" });

const langOf = (ctx: Context) => (pickLocale(ctx.member?.lang, ctx.from?.language_code) === "en" ? "en" : "ru");
const zoneOf = (ctx: Context) => ctx.member?.timezone ?? ctx.deps.config.defaultTimezone;
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function dueText(ctx: Context, dueAt: Date | null): string {
  const t = ctx.t.bind(ctx);
  return dueAt ? formatWhen(t, dueAt, langOf(ctx), zoneOf(ctx)) : t("diagnostics-manage-no-due");
}

export async function questionnaireListScreen(ctx: Context): Promise<Screen> {
  const t = ctx.t.bind(ctx);
  const lang = langOf(ctx);
  const items = await listQuestionnaires(ctx.deps.db);
  const lines = [t("diagnostics-manage-list-title")];
  const keyboard = new InlineKeyboard();
  if (!items.length) lines.push(t("diagnostics-manage-list-empty"));
  for (const item of items) {
    lines.push(t("diagnostics-manage-list-item", { status: statusWord(t, item.status), title: esc(item.title[lang]), due: dueText(ctx, item.dueAt), inProgress: item.inProgress, finished: item.finished }));
    keyboard.text(clip(item.title[lang], 60), DATA.open(item.id)).row();
  }
  lines.push(t("diagnostics-manage-list-hint"));
  keyboard.text(t("diagnostics-manage-menu"), DATA.menu());
  return { text: lines.join("\n\n"), keyboard };
}

export async function questionnaireScreen(ctx: Context, id: number): Promise<Screen | null> {
  const t = ctx.t.bind(ctx);
  const lang = langOf(ctx);
  const found = await loadQuestionnaire(ctx.deps.db, id);
  if (!found) return null;
  const audience = describeAudience(t, found.audience, await placeName(ctx.deps.db, found.audience));
  const text = t("diagnostics-manage-card", {
    title: esc(found.title[lang]),
    key: esc(found.key),
    status: statusWord(t, found.status),
    areas: esc(found.definition.areas.map((area) => area.title[lang]).join(", ")),
    questions: found.definition.questions.length,
    audience,
    due: dueText(ctx, found.dueAt),
    inProgress: found.inProgress,
    finished: found.finished,
  });
  const keyboard = new InlineKeyboard();
  if (found.status === "published") keyboard.text(t("diagnostics-manage-close"), DATA.close(id));
  else keyboard.text(t("diagnostics-manage-publish"), DATA.publish(id));
  keyboard.row().text(t("diagnostics-manage-due"), DATA.due(id)).text(t("diagnostics-manage-audience"), DATA.audience(id));
  keyboard.row().text(t("diagnostics-manage-back"), DATA.list());
  return { text, keyboard };
}
