import type { Context } from "../../bot/context.ts";
import { AppMenu } from "../../bot/menu.ts";
import { showHome } from "../../bot/main-menu.ts";
import { conversationKey } from "../../bot/conversation-storage.ts";
import { editScreen } from "../../bot/screen.ts";
import { pickLocale } from "../../i18n/index.ts";
import { EDIT_PROFILE, type EditProfileArgs, type ProfileField } from "./ids.ts";
import { deleteUserData } from "./service.ts";
import { profileText } from "./screen.ts";
import type { Lang } from "./steps.ts";
import { myTrainingScreen } from "../training/screens.ts";

async function edit(ctx: Context, field: ProfileField) {
  const args: EditProfileArgs = { field, lang: pickLocale(ctx.member?.lang, undefined) as Lang };
  await ctx.menu.close({ immediate: true });
  await ctx.conversation.enter(EDIT_PROFILE, args);
}

export const profileDeleteMenu = new AppMenu("profile-delete")
  .text(
    (ctx) => ctx.t("profile-delete-confirm"),
    async (ctx) => {
      if (!ctx.from || !ctx.chatId) return;
      const promoted = await deleteUserData(ctx.deps.db, {
        telegramId: BigInt(ctx.from.id),
        conversationKey: conversationKey(ctx.chatId),
        now: ctx.deps.clock.now(),
        anonymousOrganiser: ctx.t("event-organiser-anonymous"),
      });
      ctx.member = null;
      if (promoted.length) ctx.deps.outbox.wake();
      await ctx.menu.close();
      await ctx.editMessageText(ctx.t("profile-deleted"));
    },
  )
  .row()
  .back((ctx) => ctx.t("profile-delete-keep"), async (ctx) => {
    await ctx.editMessageText(profileText(ctx), { parse_mode: "HTML" });
  });

export const profileMenu = new AppMenu("profile")
  .text((ctx) => ctx.t("profile-edit-name"), (ctx) => edit(ctx, "name"))
  .text((ctx) => ctx.t("profile-edit-place"), (ctx) => edit(ctx, "place"))
  .row()
  .text((ctx) => ctx.t("profile-edit-subjects"), (ctx) => edit(ctx, "subjects"))
  .text((ctx) => ctx.t("profile-edit-experience"), (ctx) => edit(ctx, "experience"))
  .row()
  .text((ctx) => ctx.t("profile-edit-language"), (ctx) => edit(ctx, "language"))
  .text((ctx) => ctx.t("training-open"), async (ctx) => editScreen(ctx, await myTrainingScreen(ctx, 0)))
  .row()
  .submenu((ctx) => ctx.t("profile-delete"), "profile-delete", async (ctx) => {
    await ctx.editMessageText(ctx.t("profile-delete-question"), { parse_mode: "HTML" });
  })
  .row()
  .text((ctx) => ctx.t("button-back"), (ctx) => showHome(ctx, { edit: true }));

profileMenu.register(profileDeleteMenu);
