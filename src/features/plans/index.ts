import { Composer } from "grammy";
import type { Context } from "../../bot/context.ts";
import { editScreen } from "../../bot/screen.ts";
import { mainMenu } from "../menu/menus.ts";
import { mainMenuText } from "../menu/text.ts";
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
  await ctx.editMessageText(mainMenuText(ctx), { parse_mode: "HTML", reply_markup: mainMenu });
});
