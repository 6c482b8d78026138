import { Composer } from "grammy";
import type { Context } from "../../bot/context.ts";
import { setBlocked } from "./service.ts";

/** Telegram says when a person blocks the bot in their private chat, and when they unblock it or press Start again. */
export const reachabilityFeature = new Composer<Context>();

reachabilityFeature.chatType("private").on("my_chat_member", async (ctx) => {
  const { status } = ctx.myChatMember.new_chat_member;
  const now = ctx.deps.clock.now();
  if (status === "kicked") await setBlocked(ctx.deps.db, BigInt(ctx.myChatMember.from.id), now);
  else if (status === "member") await setBlocked(ctx.deps.db, BigInt(ctx.myChatMember.from.id), null);
});
