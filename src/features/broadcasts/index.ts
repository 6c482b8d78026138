import { Composer, InlineKeyboard } from "grammy";
import type { Context } from "../../bot/context.ts";
import { showHome, type MenuEntry } from "../../bot/main-menu.ts";
import { editScreen, type Screen } from "../../bot/screen.ts";
import { pickLocale } from "../../i18n/index.ts";
import { can } from "../roles/permissions.ts";
import { scopeOf } from "./audience.ts";
import { BROADCAST_DATA } from "./callbacks.ts";
import { COMPOSE_BROADCAST, type ComposeArgs } from "./compose-conversation.ts";
import { broadcastHistoryFeature } from "./history.ts";
import { broadcastMuteFeature } from "./mute.ts";
import { broadcastSendHandlers } from "./send-handlers.ts";

/** "✍️ New announcement" and "📜 History", for those who may send (the region's, or a coordinator's own scope). */
function broadcastsHomeScreen(ctx: Context): Screen | null {
  const scope = scopeOf(ctx.member);
  if (!scope) return null;
  const keyboard = new InlineKeyboard()
    .text(ctx.t("broadcast-new"), BROADCAST_DATA.compose)
    .row()
    .text(ctx.t("broadcast-history"), BROADCAST_DATA.list(0))
    .row()
    .text(ctx.t("button-menu"), BROADCAST_DATA.menu);
  return { text: ctx.t(scope.kind === "regional" ? "broadcast-home-regional" : "broadcast-home-municipal"), keyboard };
}

/** "📣 Announcements" in the main menu (checked again on every press). */
export const broadcastsMenuEntries: MenuEntry[] = [
  { label: "broadcast-menu", row: 55, shows: (ctx) => can(ctx.member, "broadcasts.send"), screen: async (ctx) => broadcastsHomeScreen(ctx) },
];

/**
 * Announcements: the screen of the menu entry, composing (the conversation is registered with
 * the others in src/bot/index.ts), and the status message's buttons. Every button re-reads the
 * member's scope; the recipients' mute buttons and the history go on to their own handlers.
 */
export const broadcastsFeature = new Composer<Context>();

const notAllowed = (ctx: Context) => ctx.answerCallbackQuery({ text: ctx.t("error-not-allowed"), show_alert: true });

broadcastsFeature.callbackQuery(BROADCAST_DATA.home, async (ctx) => {
  const screen = broadcastsHomeScreen(ctx);
  if (!screen) return void (await notAllowed(ctx));
  await ctx.answerCallbackQuery();
  await editScreen(ctx, screen);
});

broadcastsFeature.callbackQuery(BROADCAST_DATA.compose, async (ctx) => {
  if (!scopeOf(ctx.member)) return void (await notAllowed(ctx));
  await ctx.answerCallbackQuery();
  const args: ComposeArgs = { lang: pickLocale(ctx.member?.lang, ctx.from.language_code) };
  await ctx.conversation.enter(COMPOSE_BROADCAST, args);
});

broadcastsFeature.callbackQuery(BROADCAST_DATA.menu, async (ctx) => {
  await ctx.answerCallbackQuery();
  await showHome(ctx, { edit: true });
});

broadcastsFeature.use(broadcastSendHandlers, broadcastHistoryFeature, broadcastMuteFeature);
