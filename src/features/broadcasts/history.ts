import { Composer } from "grammy";
import type { Context } from "../../bot/context.ts";
import { editScreen } from "../../bot/screen.ts";
import { scopeOf } from "./audience.ts";
import { BROADCAST_DATA } from "./callbacks.ts";
import { broadcastScreen, historyScreen } from "./history-screens.ts";
import type { Viewer } from "./history-query.ts";

/** The history of announcements: methodologists and admins see all, a coordinator their own. */
export const broadcastHistoryFeature = new Composer<Context>();

/** Who is looking, read from this update (so access ends with the role); anyone who may not is refused. */
async function viewer(ctx: Context): Promise<Viewer | null> {
  const scope = scopeOf(ctx.member);
  if (scope && ctx.member) return { scope, userId: ctx.member.userId };
  await ctx.answerCallbackQuery({ text: ctx.t("error-not-allowed"), show_alert: true });
  return null;
}

broadcastHistoryFeature.callbackQuery(BROADCAST_DATA.list.pattern, async (ctx) => {
  const who = await viewer(ctx);
  if (!who) return;
  const [page] = BROADCAST_DATA.list.parse(ctx.match);
  await ctx.answerCallbackQuery();
  await editScreen(ctx, await historyScreen(ctx, who, page));
});

broadcastHistoryFeature.callbackQuery(BROADCAST_DATA.open.pattern, async (ctx) => {
  const who = await viewer(ctx);
  if (!who) return;
  const [id, page] = BROADCAST_DATA.open.parse(ctx.match);
  const screen = await broadcastScreen(ctx, who, id, page);
  if (!screen) return void (await ctx.answerCallbackQuery({ text: ctx.t("error-not-found"), show_alert: true }));
  await ctx.answerCallbackQuery();
  await editScreen(ctx, screen);
});
