import { Composer, InlineKeyboard, InputFile } from "grammy";
import type { Context } from "../../bot/context.ts";
import { esc } from "../../bot/html.ts";
import { can } from "../roles/permissions.ts";
import { MAX_PLAN_BYTES, PlanInputError, readPlanDocument } from "./parser/index.ts";
import { dropPreview, holdPreview, readPreview } from "./pending.ts";
import { AppError } from "../../errors.ts";
import { PREVIEW_WARNINGS, fullPreview, previewCounts, warningText } from "./preview.ts";
import { savePlan } from "./save-plan.ts";

/** A methodologist sends a plan document, sees a preview, and saves it (or not). */
export const planImportFeature = new Composer<Context>();

const registered = planImportFeature.filter((ctx) => ctx.member?.onboarded === true);

registered.on("message:document", async (ctx) => {
  if (!can(ctx.member, "plans.import")) {
    await ctx.reply(ctx.t("plan-import-not-allowed"));
    return;
  }
  const document = ctx.message.document;
  const fileName = document.file_name ?? "plan";
  if ((document.file_size ?? 0) > MAX_PLAN_BYTES) {
    await ctx.reply(ctx.t("plan-error-too-large"));
    return;
  }
  const status = await ctx.reply(ctx.t("plan-import-reading", { file: esc(fileName) }), { parse_mode: "HTML" });
  let parsed;
  try {
    parsed = await readPlanDocument(await ctx.deps.fetchFile(ctx.api, document.file_id), fileName);
  } catch (error) {
    if (!(error instanceof PlanInputError)) throw error;
    await ctx.api.editMessageText(status.chat.id, status.message_id, ctx.t(`plan-error-${error.code}`));
    return;
  }
  const t = ctx.t.bind(ctx);
  const pendingId = await holdPreview(ctx.deps.db, { userId: ctx.member!.userId, fileName, parsed });
  await ctx.api.deleteMessage(status.chat.id, status.message_id);
  const previewName = `${fileName.replace(/\.[^.]+$/, "")}-preview.txt`;
  await ctx.replyWithDocument(new InputFile(Buffer.from(fullPreview(t, parsed), "utf8"), previewName), {
    caption: ctx.t("plan-preview-file"),
  });
  const counts = previewCounts(parsed);
  const warnings = parsed.warnings.slice(0, PREVIEW_WARNINGS).map((warning) => `• ${esc(warningText(t, warning))}`);
  const text = [
    ctx.t("plan-preview", { title: esc(parsed.plan.title), ...counts }),
    ...(warnings.length ? ["", ctx.t("plan-preview-first-warnings", { shown: warnings.length, count: counts.warnings }), ...warnings] : []),
  ].join("\n");
  const keyboard = new InlineKeyboard().text(ctx.t("plan-save"), `plan:save:${pendingId}`).text(ctx.t("plan-cancel"), `plan:cancel:${pendingId}`);
  await ctx.reply(text, { parse_mode: "HTML", reply_markup: keyboard });
});

registered.callbackQuery(/^plan:save:(\d{1,9})$/, async (ctx) => {
  if (!can(ctx.member, "plans.import")) {
    await ctx.answerCallbackQuery({ text: ctx.t("error-not-allowed"), show_alert: true });
    return;
  }
  const key = { id: Number(ctx.match[1]), userId: ctx.member!.userId };
  const preview = await readPreview(ctx.deps.db, key);
  if (!preview) {
    await ctx.answerCallbackQuery({ text: ctx.t("button-outdated") });
    return;
  }
  await ctx.answerCallbackQuery({ text: ctx.t("plan-saving") });
  let report;
  try {
    ({ report } = await savePlan(ctx.deps.db, preview.parsed, { sourceName: preview.fileName, importedById: key.userId, at: ctx.deps.clock.now(), preview: key }));
  } catch (error) {
    if (error instanceof AppError && error.code === "not-found") return; // a second tap: the first one saved it
    throw error;
  }
  await ctx.editMessageText(ctx.t("plan-saved", { title: esc(preview.parsed.plan.title), ...report }), { parse_mode: "HTML" });
});

registered.callbackQuery(/^plan:cancel:(\d{1,9})$/, async (ctx) => {
  const dropped = ctx.member ? await dropPreview(ctx.deps.db, { id: Number(ctx.match[1]), userId: ctx.member.userId }) : false;
  await ctx.answerCallbackQuery({ text: ctx.t(dropped ? "plan-cancelled" : "button-outdated") });
  if (dropped) await ctx.editMessageText(ctx.t("plan-cancelled"));
});
