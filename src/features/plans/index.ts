import { Composer } from "grammy";
import type { Context } from "../../bot/context.ts";
import { editScreen } from "../../bot/screen.ts";
import { showHome, type MenuEntry } from "../../bot/main-menu.ts";
import { can } from "../roles/permissions.ts";
import { plansExist } from "./browse.ts";
import { measuresScreen, planScreen, plansListScreen, type PlanScreen } from "./browse-screens.ts";
import { ANY_PLAN_DATA, PLAN_DATA } from "./callbacks.ts";
import { planImportFeature } from "./import-handlers.ts";
import { executorLinksFeature } from "./executor-links-handlers.ts";
import { planManageFeature } from "./manage-handlers.ts";
import { measureScreen } from "./measure-screen.ts";

/** Plan import and management for methodologists, and the plain plan browser every registered person has. */
export const plansFeature = new Composer<Context>();

plansFeature.use(planImportFeature, executorLinksFeature, planManageFeature);

const browse = plansFeature.filter((ctx) => ctx.member?.onboarded === true).callbackQuery(ANY_PLAN_DATA);

async function show(ctx: Context, screen: PlanScreen | null) {
  if (!screen) {
    await ctx.answerCallbackQuery({ text: ctx.t("error-not-found") });
    return;
  }
  await ctx.answerCallbackQuery();
  await editScreen(ctx, screen);
}

browse.callbackQuery(PLAN_DATA.list.pattern, async (ctx) => show(ctx, await plansListScreen(ctx, ...PLAN_DATA.list.parse(ctx.match))));
browse.callbackQuery(PLAN_DATA.archive.pattern, async (ctx) => show(ctx, await plansListScreen(ctx, ...PLAN_DATA.archive.parse(ctx.match), "archive")));
browse.callbackQuery(PLAN_DATA.plan.pattern, async (ctx) => show(ctx, await planScreen(ctx, ...PLAN_DATA.plan.parse(ctx.match))));
browse.callbackQuery(PLAN_DATA.section.pattern, async (ctx) => show(ctx, await measuresScreen(ctx, ...PLAN_DATA.section.parse(ctx.match))));
browse.callbackQuery(PLAN_DATA.measure.pattern, async (ctx) => {
  const [measureId, origin] = PLAN_DATA.measure.parse(ctx.match);
  await show(ctx, await measureScreen(ctx, measureId, { list: "plan", origin }));
});
browse.callbackQuery(PLAN_DATA.measureFromUpcoming.pattern, async (ctx) => {
  const [measureId, range, kind, page] = PLAN_DATA.measureFromUpcoming.parse(ctx.match);
  await show(ctx, await measureScreen(ctx, measureId, { list: "upcoming", range, kind, page }));
});
browse.callbackQuery(PLAN_DATA.menu, async (ctx) => {
  await ctx.answerCallbackQuery();
  await showHome(ctx, { edit: true });
});

/** "📋 Plans" once there is a plan to browse, and "📥 Import a plan" for those who may import: one row of the main menu. */
export const plansMenuEntries: MenuEntry[] = [
  {
    label: "menu-plans",
    row: 40,
    order: 1,
    shows: (ctx) => plansExist(ctx.deps.db, ctx.deps.clock.now()),
    screen: (ctx) => plansListScreen(ctx, 0),
  },
  {
    label: "menu-plan-import",
    row: 40,
    order: 2,
    shows: (ctx) => can(ctx.member, "plans.import"),
    run: (ctx) => ctx.reply(ctx.t("plan-import-howto"), { parse_mode: "HTML" }),
  },
];
