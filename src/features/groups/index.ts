import { Composer } from "grammy";
import type { Context } from "../../bot/context.ts";

/**
 * The bot works in private chats only. In a group it answers commands and mentions with one
 * line pointing to the private chat, and stays silent otherwise; channel posts are ignored.
 */
export const groupsFeature = new Composer<Context>();

const groups = groupsFeature.chatType(["group", "supergroup"]);

groups.on("message", async (ctx, next) => {
  const text = ctx.message.text ?? "";
  const mention = `@${ctx.me.username}`.toLowerCase();
  // A command for another bot in the same group ("/start@otherbot") is none of our business.
  const commands = ctx.entities("bot_command").map((entity) => entity.text.toLowerCase());
  const addressed = commands.some((command) => !command.includes("@") || command.endsWith(mention)) || text.toLowerCase().includes(mention);
  if (addressed) await ctx.reply(ctx.t("group-write-privately", { bot: ctx.me.username }));
  else await next();
});

groups.on("callback_query", (ctx) => ctx.answerCallbackQuery({ text: ctx.t("group-write-privately", { bot: ctx.me.username }) }));

// A button on an inline message has no chat at all: there is nothing of ours it could press.
groupsFeature.on("callback_query").filter(
  (ctx) => ctx.chat === undefined,
  (ctx) => ctx.answerCallbackQuery({ text: ctx.t("button-outdated") }),
);
