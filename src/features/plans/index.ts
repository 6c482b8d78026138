import { Composer } from "grammy";
import type { Context } from "../../bot/context.ts";
import { editScreen } from "../../bot/screen.ts";
import { showHome, type MenuEntry } from "../../bot/main-menu.ts";
import { can } from "../roles/permissions.ts";
import { plansExist } from "./browse.ts";
import { measuresScreen, parseSection, planScreen, plansListScreen, type PlanScreen } from "./browse-screens.ts";
import { planImportFeature } from "./import-handlers.ts";

/** Plan import for methodologists, and the plain plan browser every registered person has. */
export const plansFeature = new Composer<Context>();

plansFeature.use(planImportFeature);

const browse = plansFeature.filter((ctx) => ctx.member?.onboarded === true).callbackQuery(/^pl:/);

async function show(ctx: Context, screen: PlanScreen | null) {
  if (!screen) {
    await ctx.answerCallbackQuery({ text: ctx.t("error-not-found") });
    return;
  }
  await ctx.answerCallbackQuery();
  await editScreen(ctx, screen);
}

browse.callbackQuery(/^pl:list:(\d{1,6})$/, (ctx) => plansListScreen(ctx, Number(ctx.match[1])).then((screen) => show(ctx, screen)));
browse.callbackQuery(/^pl:plan:(\d{1,9})$/, async (ctx) => show(ctx, await planScreen(ctx, Number(ctx.match[1]))));
browse.callbackQuery(/^pl:sec:(\d{1,9}):([\w.-]{1,20}):(\d{1,6})$/, async (ctx) =>
  show(ctx, await measuresScreen(ctx, Number(ctx.match[1]), parseSection(ctx.match[2]!), Number(ctx.match[3]))),
);
browse.callbackQuery("pl:menu", async (ctx) => {
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
