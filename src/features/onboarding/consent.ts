import { InlineKeyboard } from "grammy";
import type { Context } from "../../bot/context.ts";
import type { Screen } from "../../bot/screen.ts";
import { LANGUAGES, LANGUAGE_NAMES, type Lang } from "../profile/steps.ts";
import { ONBOARDING_DATA } from "./callbacks.ts";
import type { StartPayload } from "./conversation.ts";

/** The greeting and the language question, in both languages: nothing is known of the person yet. */
export function languageScreen(ctx: Context, payload: StartPayload): Screen {
  const keyboard = new InlineKeyboard();
  for (const lang of LANGUAGES) keyboard.text(LANGUAGE_NAMES[lang], ONBOARDING_DATA.language(lang, payload));
  return { text: ctx.t("profile-ask-language"), keyboard };
}

/** The 152-FZ consent: the essentials on screen, the full text one tap away. */
export function consentScreen(ctx: Context, lang: Lang, payload: StartPayload, full: boolean): Screen {
  const keyboard = new InlineKeyboard()
    .text(ctx.t("consent-agree"), ONBOARDING_DATA.agree(lang, payload))
    .text(ctx.t("consent-decline"), ONBOARDING_DATA.decline(lang))
    .row()
    .text(ctx.t(full ? "consent-show-short" : "consent-show-full"), ONBOARDING_DATA.consent(full ? "short" : "full", lang, payload));
  return { text: ctx.t(full ? "consent-full-text" : "consent-short-text"), keyboard };
}

/** After "I do not agree": nothing was kept, and one tap begins again. */
export function declinedScreen(ctx: Context): Screen {
  return { text: ctx.t("consent-declined"), keyboard: new InlineKeyboard().text(ctx.t("button-start"), ONBOARDING_DATA.start) };
}
