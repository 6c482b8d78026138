import type { Context } from "../../bot/context.ts";
import { pickLocale } from "../../i18n/index.ts";

/** The settings screen's text; its submenus come back to it. */
export function settingsText(ctx: Context): string {
  const language = ctx.t("settings-title", { language: ctx.t(`language-${pickLocale(ctx.member?.lang, undefined)}`) });
  return `${language}\n\n${ctx.t("settings-announcements-about")}`;
}
