import type { Context } from "../../bot/context.ts";
import { AppMenu } from "../../bot/menu.ts";
import { showHome } from "../../bot/main-menu.ts";
import { reloadMember } from "../../bot/middlewares/deps.ts";
import { pickLocale } from "../../i18n/index.ts";
import { updateProfile } from "../profile/service.ts";
import { LANGUAGES, LANGUAGE_NAMES, type Lang } from "../profile/steps.ts";

export function settingsText(ctx: Context): string {
  return ctx.t("settings-title", { language: ctx.t(`language-${pickLocale(ctx.member?.lang, undefined)}`) });
}

/**
 * The language, chosen in place: the settings screen comes back at once in the new language
 * (no greeting, no detour through the profile).
 */
const settingsLanguageMenu = new AppMenu("settingsLanguage").dynamic((ctx, range) => {
  const current = pickLocale(ctx.member?.lang, undefined);
  for (const lang of LANGUAGES) {
    range.text(`${lang === current ? "✅ " : ""}${LANGUAGE_NAMES[lang]}`, (ctx) => chooseLanguage(ctx, lang));
  }
  range.row().back((ctx) => ctx.t("button-back"), async (ctx) => {
    await ctx.editMessageText(settingsText(ctx), { parse_mode: "HTML" });
  });
});

async function chooseLanguage(ctx: Context, lang: Lang): Promise<void> {
  const userId = ctx.member?.userId;
  if (!userId) return;
  await updateProfile(ctx.deps.db, userId, { lang }, ctx.deps.clock.now());
  await reloadMember(ctx);
  ctx.i18n.useLocale(lang);
  ctx.menu.nav("settings");
  await ctx.editMessageText(`${ctx.t("settings-language-saved")}\n\n${settingsText(ctx)}`, { parse_mode: "HTML" });
}

export const settingsMenu = new AppMenu("settings")
  .submenu((ctx) => ctx.t("profile-edit-language"), "settingsLanguage", async (ctx) => {
    await ctx.editMessageText(ctx.t("settings-choose-language"), { parse_mode: "HTML" });
  })
  .row()
  .text((ctx) => ctx.t("button-back"), (ctx) => showHome(ctx, { edit: true }));

settingsMenu.register(settingsLanguageMenu);
