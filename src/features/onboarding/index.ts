import { Composer } from "grammy";
import type { Context } from "../../bot/context.ts";
import { AppError } from "../../errors.ts";
import { pickLocale } from "../../i18n/index.ts";
import { showHome } from "../../bot/main-menu.ts";
import { reloadMember } from "../../bot/middlewares/deps.ts";
import { editScreen } from "../../bot/screen.ts";
import { sendEventCard } from "../events/index.ts";
import { recordConsent } from "../profile/service.ts";
import { redeemInvite } from "../roles/invites.ts";
import { roleLabel } from "../roles/labels.ts";
import type { Lang } from "../profile/steps.ts";
import { ONBOARDING_DATA } from "./callbacks.ts";
import { consentScreen, declinedScreen, languageScreen } from "./consent.ts";
import { ONBOARDING, type OnboardingArgs, type StartPayload } from "./conversation.ts";
import { parseStartPayload } from "./start-payload.ts";

/*
 * Before consent nothing about a person may be kept (152-FZ): the language and consent steps are
 * plain screens whose buttons carry the choice, no conversation stores their updates (which hold
 * the person's Telegram name and what they typed). The conversation begins once they agreed.
 */
export const onboardingFeature = new Composer<Context>();

/**
 * /start: a new person gets the language question, a half-registered one the next question, a
 * registered one their invite applied and the main menu; the deep link's payload rides along.
 */
onboardingFeature.command("start", async (ctx) => {
  const { unknown, ...payload } = parseStartPayload(ctx.match);
  if (unknown) await ctx.reply(ctx.t("start-link-unknown"));
  const member = ctx.member;
  if (!member?.onboarded) return beginOnboarding(ctx, payload);
  if (payload.invite) await redeemFor(ctx, member.userId, payload.invite);
  if (payload.eventId !== undefined && (await sendEventCard(ctx, payload.eventId))) return;
  if (payload.eventId !== undefined) await ctx.reply(ctx.t("error-event-not-found"));
  await showHome(ctx, { lang: member.lang });
});

/** "▶️ Start" under help, a reply to a sticker or a declined consent: /start without a payload. */
onboardingFeature.callbackQuery(ONBOARDING_DATA.start, async (ctx) => {
  await ctx.answerCallbackQuery();
  if (ctx.member?.onboarded) await showHome(ctx);
  else await beginOnboarding(ctx, {});
});

onboardingFeature.callbackQuery(ONBOARDING_DATA.language.pattern, async (ctx) => {
  const [lang, payload] = ONBOARDING_DATA.language.parse(ctx.match);
  await showConsent(ctx, lang, payload, false);
});

onboardingFeature.callbackQuery(ONBOARDING_DATA.consent.pattern, async (ctx) => {
  const [length, lang, payload] = ONBOARDING_DATA.consent.parse(ctx.match);
  await showConsent(ctx, lang, payload, length === "full");
});

onboardingFeature.callbackQuery(ONBOARDING_DATA.decline.pattern, async (ctx) => {
  const [lang] = ONBOARDING_DATA.decline.parse(ctx.match);
  if (await alreadyConsented(ctx)) return;
  await ctx.answerCallbackQuery();
  ctx.i18n.useLocale(lang);
  await editScreen(ctx, declinedScreen(ctx));
});

onboardingFeature.callbackQuery(ONBOARDING_DATA.agree.pattern, async (ctx) => {
  const [lang, payload] = ONBOARDING_DATA.agree.parse(ctx.match);
  if (await alreadyConsented(ctx) || !ctx.from) return;
  await ctx.answerCallbackQuery();
  await recordConsent(ctx.deps.db, { telegramId: BigInt(ctx.from.id), lang, at: ctx.deps.clock.now() });
  await reloadMember(ctx);
  ctx.i18n.useLocale(lang);
  // The consent stays readable in the chat, without its buttons.
  await ctx.editMessageReplyMarkup();
  await ctx.reply(ctx.t("consent-recorded"));
  await enterOnboarding(ctx, lang, payload);
});

/** The next step for someone not yet registered: the language question, or (consented) the questions. */
async function beginOnboarding(ctx: Context, payload: StartPayload): Promise<void> {
  const member = ctx.member;
  if (member) return enterOnboarding(ctx, pickLocale(member.lang, undefined) as Lang, payload);
  ctx.i18n.useLocale(pickLocale(undefined, ctx.from?.language_code));
  const screen = languageScreen(ctx, payload);
  await ctx.reply(screen.text, { parse_mode: "HTML", reply_markup: screen.keyboard });
}

async function enterOnboarding(ctx: Context, lang: Lang, payload: StartPayload): Promise<void> {
  const args: OnboardingArgs = { lang, payload };
  await ctx.conversation.enter(ONBOARDING, args);
}

async function showConsent(ctx: Context, lang: Lang, payload: StartPayload, full: boolean): Promise<void> {
  if (await alreadyConsented(ctx)) return;
  await ctx.answerCallbackQuery();
  ctx.i18n.useLocale(lang);
  await editScreen(ctx, consentScreen(ctx, lang, payload, full));
}

/** A consent button pressed again by someone who already agreed: outdated, and /start goes on from where they are. */
async function alreadyConsented(ctx: Context): Promise<boolean> {
  if (!ctx.member) return false;
  await ctx.answerCallbackQuery({ text: ctx.t("button-outdated") });
  return true;
}

async function redeemFor(ctx: Context, userId: number, code: string) {
  try {
    const { scope, granted } = await redeemInvite(ctx.deps.db, { code, userId, at: ctx.deps.clock.now() });
    await ctx.reply(ctx.t(granted ? "invite-granted" : "invite-already-held", { role: roleLabel(ctx.t.bind(ctx), scope.role) }));
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    await ctx.reply(ctx.t(`error-${error.code}`));
  }
}
