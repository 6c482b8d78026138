// The route's buttons: the proposal, saving it, the saved route, and its files. Thin: the
// rules are in route-service.ts, the words in route-screens.ts and route-export.ts.
import { Composer, InputFile } from "grammy";
import type { Context } from "../../bot/context.ts";
import { editScreen } from "../../bot/screen.ts";
import { toXlsx } from "../../exports/xlsx.ts";
import { practicesForAreas } from "../practices/browse-service.ts";
import { DIAGNOSTICS_DATA } from "./callbacks.ts";
import { routeDocx, routeIcs, routeTable } from "./route-export.ts";
import { areasOnPage, proposalScreen, routeScreen, type Practices } from "./route-screens.ts";
import { myRoute, proposeRoute, saveRoute } from "./route-service.ts";
import { readerOf } from "./take-screens.ts";

export const diagnosticsRouteFeature = new Composer<Context>();

type Registered = Context & { member: NonNullable<Context["member"]> };

const registered = diagnosticsRouteFeature.filter((ctx): ctx is Registered => ctx.member?.onboarded === true);

const clockOf = (ctx: Context) => ({ now: ctx.deps.clock.now(), zone: readerOf(ctx).zone });

/**
 * Colleagues' practices for the deficits on the page about to be shown, and for no others: the
 * screens show no more, and the files and the mentor's view none (two queries a deficit at most).
 */
const practicesOnPage = (ctx: Registered, areas: readonly { area: string }[], page: number): Promise<Practices> =>
  practicesForAreas(ctx.deps.db, { areas: areasOnPage(areas, page), subjects: ctx.member.subjects });

registered.callbackQuery(DIAGNOSTICS_DATA.routeProposal.pattern, async (ctx) => {
  const [attemptId, page] = DIAGNOSTICS_DATA.routeProposal.parse(ctx.match);
  const proposal = await proposeRoute(ctx.deps.db, ctx.member, attemptId, clockOf(ctx));
  if (!proposal) {
    await ctx.answerCallbackQuery({ text: ctx.t("diagnostics-take-outdated") });
    return;
  }
  const practices = await practicesOnPage(ctx, proposal.areas, page);
  await ctx.answerCallbackQuery();
  await editScreen(ctx, proposalScreen(ctx, proposal, page, practices));
});

registered.callbackQuery(DIAGNOSTICS_DATA.routeSave.pattern, async (ctx) => {
  const [attemptId] = DIAGNOSTICS_DATA.routeSave.parse(ctx.match);
  const saved = await saveRoute(ctx.deps.db, ctx.member, attemptId, clockOf(ctx));
  const route = saved && (await myRoute(ctx.deps.db, ctx.member.userId, ctx.deps.clock.now()));
  if (!route) {
    await ctx.answerCallbackQuery({ text: ctx.t("diagnostics-take-outdated") });
    return;
  }
  const practices = await practicesOnPage(ctx, route.areas, 0);
  await ctx.answerCallbackQuery({ text: ctx.t("diagnostics-route-saved") });
  await editScreen(ctx, routeScreen(ctx, route, 0, practices));
});

/** The saved route, or a toast saying there is none (a button of an old message after "delete my data"). */
async function savedRoute(ctx: Registered) {
  const route = await myRoute(ctx.deps.db, ctx.member.userId, ctx.deps.clock.now());
  if (!route) await ctx.answerCallbackQuery({ text: ctx.t("diagnostics-route-none") });
  return route;
}

registered.callbackQuery(DIAGNOSTICS_DATA.route.pattern, async (ctx) => {
  const [page] = DIAGNOSTICS_DATA.route.parse(ctx.match);
  const route = await savedRoute(ctx);
  if (!route) return;
  const practices = await practicesOnPage(ctx, route.areas, page);
  await ctx.answerCallbackQuery();
  await editScreen(ctx, routeScreen(ctx, route, page, practices));
});

registered.callbackQuery(DIAGNOSTICS_DATA.routeDocx.pattern, async (ctx) => {
  const route = await savedRoute(ctx);
  if (!route) return;
  await ctx.answerCallbackQuery();
  await ctx.replyWithChatAction("upload_document");
  const docx = await routeDocx(route, ctx.member, ctx.t.bind(ctx), readerOf(ctx));
  await ctx.replyWithDocument(new InputFile(docx, ctx.t("diagnostics-route-docx-file")), { caption: ctx.t("diagnostics-route-docx-caption") });
});

registered.callbackQuery(DIAGNOSTICS_DATA.routeXlsx.pattern, async (ctx) => {
  const route = await savedRoute(ctx);
  if (!route) return;
  await ctx.answerCallbackQuery();
  await ctx.replyWithChatAction("upload_document");
  const xlsx = await toXlsx(routeTable(route, ctx.t.bind(ctx), readerOf(ctx)));
  await ctx.replyWithDocument(new InputFile(xlsx, ctx.t("export-route-file")), { caption: ctx.t("export-route-caption") });
});

registered.callbackQuery(DIAGNOSTICS_DATA.routeIcs.pattern, async (ctx) => {
  const route = await savedRoute(ctx);
  if (!route) return;
  const ics = routeIcs(route, ctx.t.bind(ctx), readerOf(ctx));
  if (!ics) {
    await ctx.answerCallbackQuery({ text: ctx.t("diagnostics-route-ics-empty") });
    return;
  }
  await ctx.answerCallbackQuery();
  await ctx.replyWithDocument(new InputFile(Buffer.from(ics, "utf8"), "profrost-route.ics"), { caption: ctx.t("diagnostics-route-ics-caption") });
});
