import type { Api } from "grammy";
import type { I18n } from "@grammyjs/i18n";
import type { ConversationContext } from "./context.ts";
import { DEFAULT_LOCALE, LOCALES } from "../i18n/index.ts";

const COMMANDS = ["start", "menu", "settings", "help"] as const;

/** The "/" list and menu button in every language we speak; Russian is also the default. */
export async function registerCommands(api: Api, i18n: I18n<ConversationContext>): Promise<void> {
  const commandsIn = (locale: string) =>
    COMMANDS.map((command) => ({ command, description: i18n.t(locale, `command-${command}`) }));
  const scope = { type: "all_private_chats" as const };
  for (const locale of LOCALES) await api.setMyCommands(commandsIn(locale), { scope, language_code: locale });
  await api.setMyCommands(commandsIn(DEFAULT_LOCALE), { scope });
  await api.setChatMenuButton({ menu_button: { type: "commands" } });
}
