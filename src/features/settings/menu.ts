import type { Context } from "../../bot/context.ts";
import { AppMenu } from "../../bot/menu.ts";
import { showHome } from "../../bot/main-menu.ts";
import { EDIT_PROFILE, type EditProfileArgs } from "../profile/ids.ts";
import { pickLocale } from "../../i18n/index.ts";
import type { Lang } from "../profile/steps.ts";

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
  .text((ctx) => ctx.t("button-back"), (ctx) => showHome(ctx, { edit: true }));
