import { fileURLToPath } from "node:url";
import { I18n } from "@grammyjs/i18n";
import type { AppFlavor, ConversationContext } from "../bot/context.ts";

export const LOCALES = ["ru", "en"] as const;
export const DEFAULT_LOCALE = "ru";
export const LOCALES_DIR = fileURLToPath(new URL("../../locales", import.meta.url));

/** Russian first: a stored choice wins, then Telegram's language if we speak it, else Russian. */
export function pickLocale(stored: string | undefined, telegramLanguage: string | undefined): string {
  if (stored && (LOCALES as readonly string[]).includes(stored)) return stored;
  const primary = telegramLanguage?.split("-")[0]?.toLowerCase();
  return primary && (LOCALES as readonly string[]).includes(primary) ? primary : DEFAULT_LOCALE;
}

let shared: I18n<ConversationContext> | undefined;

/**
 * The bot's translations, one instance per process: the bot, the sender and the commands share
 * it, and the locale files (4,500 lines of Fluent) are read and parsed once.
 */
export function sharedI18n(): I18n<ConversationContext> {
  shared ??= new I18n<ConversationContext>({
    defaultLocale: DEFAULT_LOCALE,
    directory: LOCALES_DIR,
    // Fluent's bidi isolation marks would end up inside Telegram messages and button labels.
    fluentBundleOptions: { useIsolating: false },
    // Outside conversations the person's stored language decides; inside them, where nothing
    // is loaded, the flow sets the locale itself (see Flow) and this is only the fallback.
    localeNegotiator: (ctx) => pickLocale("member" in ctx ? (ctx as Partial<AppFlavor>).member?.lang : undefined, ctx.from?.language_code),
  });
  return shared;
}
