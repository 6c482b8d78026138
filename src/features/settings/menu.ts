import type { Context } from "../../bot/context.ts";
import { AppMenu } from "../../bot/menu.ts";
import { EDIT_PROFILE, type EditProfileArgs } from "../profile/ids.ts";
import { pickLocale } from "../../i18n/index.ts";
import type { Lang } from "../profile/steps.ts";
import { mainMenuText } from "../menu/text.ts";

export function settingsText(ctx: Context): string {
  return ctx.t("settings-title", { language: ctx.t(`language-${pickLocale(ctx.member?.lang, undefined)}`) });
}

export const settingsMenu = new AppMenu("settings")
  .text(
    (ctx) => ctx.t("profile-edit-language"),
    async (ctx) => {
      const args: EditProfileArgs = { field: "language", lang: pickLocale(ctx.member?.lang, undefined) as Lang };
      await ctx.menu.close({ immediate: true });
      await ctx.conversation.enter(EDIT_PROFILE, args);
    },
  )
  .row()
  .back((ctx) => ctx.t("button-back"), async (ctx) => {
    await ctx.editMessageText(mainMenuText(ctx), { parse_mode: "HTML" });
  });
