import type { Context as BaseContext } from "grammy";
import type { ConversationFlavor } from "@grammyjs/conversations";
import type { I18nFlavor } from "@grammyjs/i18n";
import type { MenuFlavor } from "@grammyjs/menu";
import type { Config } from "../config/index.ts";
import type { Db } from "../db/client.ts";
import type { Logger } from "../logger.ts";
import type { FileFetcher } from "./files.ts";
import type { Member } from "../core/member.ts";
import type { Clock } from "../core/clock.ts";
import type { AppMenu } from "./menu.ts";

/** What every handler can rely on: set by the first middleware from the bot's dependencies. */
export type Deps = {
  config: Config;
  db: Db;
  logger: Logger;
  fetchFile: FileFetcher;
  clock: Clock;
  /** Tells this instance's outbox sender that rows were queued, so they go now, not at its next look. */
  outbox: { wake(): void };
};

export type AppFlavor = {
  deps: Deps;
  /** The person behind the update, loaded once; null before they consent (nothing is stored until then). */
  member: Member | null;
  /** The main menu, assembled from the features' entries by createBot (src/bot/main-menu.ts). */
  mainMenu: AppMenu;
};

/**
 * The context inside conversations: only what the conversation plugins install (i18n). The
 * bot's dependencies and the person live on the outer context, reached through
 * `conversation.external((outer) => ...)`, so a flow cannot touch the database outside it.
 */
export type ConversationContext = BaseContext & I18nFlavor;

/** The one context flavour of the whole bot. */
export type Context = ConversationFlavor<BaseContext & AppFlavor & I18nFlavor & MenuFlavor>;
