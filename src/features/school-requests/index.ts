import { Composer } from "grammy";
import type { Context } from "../../bot/context.ts";
import { editScreen } from "../../bot/screen.ts";
import { AppError } from "../../errors.ts";
import { SCHOOL_REQUEST_DATA } from "./callbacks.ts";
import { requestScreen, requestsScreen } from "./screens.ts";
import { addRequestedSchool, dismissRequest } from "./service.ts";
import { onlyWith } from "../roles/guard.ts";

/** The admins' "Missing schools": requests from teachers whose school the directory lacks. */
export const schoolRequestsFeature = new Composer<Context>();

/** Admins only, checked on every button, so a forged one is refused before anything is read. */
schoolRequestsFeature.callbackQuery(/^sreq:/, onlyWith("directory.manage"));

schoolRequestsFeature.callbackQuery(SCHOOL_REQUEST_DATA.list.pattern, async (ctx) => {
  const [page] = SCHOOL_REQUEST_DATA.list.parse(ctx.match);
  await ctx.answerCallbackQuery();
  await editScreen(ctx, await requestsScreen(ctx, page));
});

schoolRequestsFeature.callbackQuery(SCHOOL_REQUEST_DATA.open.pattern, async (ctx) => {
  const [id, page] = SCHOOL_REQUEST_DATA.open.parse(ctx.match);
  const screen = await requestScreen(ctx, id, page);
  if (!screen) return closed(ctx, page);
  await ctx.answerCallbackQuery();
  await editScreen(ctx, screen);
});

schoolRequestsFeature.callbackQuery(SCHOOL_REQUEST_DATA.add.pattern, async (ctx) => {
  const [id, page] = SCHOOL_REQUEST_DATA.add.parse(ctx.match);
  const done = await answered(ctx, page, () => addRequestedSchool(ctx.deps.db, { requestId: id, now: ctx.deps.clock.now() }));
  if (!done) return;
  ctx.deps.outbox.wake();
  await ctx.answerCallbackQuery({ text: ctx.t("school-request-added", { school: done.school.name }) });
  await editScreen(ctx, await requestsScreen(ctx, page));
});

schoolRequestsFeature.callbackQuery(SCHOOL_REQUEST_DATA.dismiss.pattern, async (ctx) => {
  const [id, page] = SCHOOL_REQUEST_DATA.dismiss.parse(ctx.match);
  const done = await answered(ctx, page, async () => (await dismissRequest(ctx.deps.db, { requestId: id, now: ctx.deps.clock.now() }), true));
  if (!done) return;
  ctx.deps.outbox.wake();
  await ctx.answerCallbackQuery({ text: ctx.t("school-request-dismissed") });
  await editScreen(ctx, await requestsScreen(ctx, page));
});

/** Runs the action; a request another admin already closed gets a toast and the list again. */
async function answered<T>(ctx: Context, page: number, action: () => Promise<T>): Promise<T | null> {
  try {
    return await action();
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== "school-request-closed") throw error;
    await closed(ctx, page);
    return null;
  }
}

async function closed(ctx: Context, page: number): Promise<void> {
  await ctx.answerCallbackQuery({ text: ctx.t("error-school-request-closed") });
  await editScreen(ctx, await requestsScreen(ctx, page));
}
