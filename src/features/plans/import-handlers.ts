import { Composer, InputFile } from "grammy";
import type { Context } from "../../bot/context.ts";
import { esc } from "../../bot/html.ts";
import { can } from "../roles/permissions.ts";
import { MAX_PLAN_BYTES, PlanInputError } from "./parser/index.ts";
import { dropPreview, holdPreview, readPreview, rebasePreview } from "./pending.ts";
import { AppError } from "../../errors.ts";
import { previewPlanUpdate } from "./plan-changes.ts";
import { savePlan } from "./save-plan.ts";
import { IMPORT_DATA } from "./callbacks.ts";
import { previewScreen } from "./import-screens.ts";
import { readPlanDocumentInWorker } from "./read-in-worker.ts";
import { cut } from "./words.ts";

/** A methodologist sends a plan document, sees a preview, and saves it (or not). */
export const planImportFeature = new Composer<Context>();

const registered = planImportFeature.filter((ctx) => ctx.member?.onboarded === true);

registered.on("message:document", async (ctx) => {
  if (!can(ctx.member, "plans.import")) {
    await ctx.reply(ctx.t("plan-import-not-allowed"));
    return;
  }
  const document = ctx.message.document;
  const fileName = cut(document.file_name ?? "plan", 200);
  if ((document.file_size ?? 0) > MAX_PLAN_BYTES) {
    await ctx.reply(ctx.t("plan-error-too-large"));
    return;
  }
  const status = await ctx.reply(ctx.t("plan-import-reading", { file: esc(fileName) }), { parse_mode: "HTML" });
  let parsed;
  try {
    // Off the main thread: everyone else is answered while a large document is read.
    parsed = await readPlanDocumentInWorker(await ctx.deps.fetchFile(ctx.api, document.file_id), fileName);
  } catch (error) {
    if (!(error instanceof PlanInputError)) throw error;
    await ctx.api.editMessageText(status.chat.id, status.message_id, ctx.t(`plan-error-${error.code}`));
    return;
  }
  const update = await previewPlanUpdate(ctx.deps.db, parsed);
  const pendingId = await holdPreview(ctx.deps.db, { userId: ctx.member!.userId, fileName, parsed, basedOn: update?.updatedAt ?? null });
  await ctx.api.deleteMessage(status.chat.id, status.message_id);
  const screen = await previewScreen(ctx, { pendingId, parsed, update });
  const previewName = `${fileName.replace(/\.[^.]+$/, "")}-preview.txt`;
  await ctx.replyWithDocument(new InputFile(Buffer.from(screen.file, "utf8"), previewName), { caption: ctx.t("plan-preview-file") });
  await ctx.reply(screen.text, { parse_mode: "HTML", reply_markup: screen.keyboard });
});

registered.callbackQuery(IMPORT_DATA.save.pattern, async (ctx) => {
  if (!can(ctx.member, "plans.import")) {
    await ctx.answerCallbackQuery({ text: ctx.t("error-not-allowed"), show_alert: true });
    return;
  }
  const [id] = IMPORT_DATA.save.parse(ctx.match);
  const key = { id, userId: ctx.member!.userId };
  const preview = await readPreview(ctx.deps.db, key);
  if (!preview) {
    await ctx.answerCallbackQuery({ text: ctx.t("button-outdated") });
    return;
  }
  await ctx.answerCallbackQuery({ text: ctx.t("plan-saving") });
  // The buttons go at once: a large plan takes a while, and a second tap would only be refused.
  await ctx.editMessageText(ctx.t("plan-saving-status"));
  const at = ctx.deps.clock.now();
  let report;
  try {
    ({ report } = await savePlan(ctx.deps.db, preview.parsed, { sourceName: preview.fileName, importedById: key.userId, at, preview: key, basedOn: preview.basedOn }));
  } catch (error) {
    if (error instanceof AppError && error.code === "not-found") return; // a second tap: the first one saved it
    if (!(error instanceof AppError && error.code === "plan-changed")) throw error;
    // Someone saved this plan after the preview was made: show what saving would change now.
    const update = await previewPlanUpdate(ctx.deps.db, preview.parsed);
    if (!(await rebasePreview(ctx.deps.db, { ...key, parsed: preview.parsed, basedOn: update?.updatedAt ?? null }))) return;
    const screen = await previewScreen(ctx, { pendingId: id, parsed: preview.parsed, update, changed: true });
    await ctx.editMessageText(screen.text, { parse_mode: "HTML", reply_markup: screen.keyboard });
    return;
  }
  await ctx.editMessageText(ctx.t("plan-saved", { title: esc(cut(preview.parsed.plan.title, 300)), ...report }), { parse_mode: "HTML" });
});

registered.callbackQuery(IMPORT_DATA.cancel.pattern, async (ctx) => {
  const [id] = IMPORT_DATA.cancel.parse(ctx.match);
  const dropped = ctx.member ? await dropPreview(ctx.deps.db, { id, userId: ctx.member.userId }) : false;
  await ctx.answerCallbackQuery({ text: ctx.t(dropped ? "plan-cancelled" : "button-outdated") });
  if (dropped) await ctx.editMessageText(ctx.t("plan-cancelled"));
});
