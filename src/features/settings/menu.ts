import type { MenuRange } from "@grammyjs/menu";
import type { Context } from "../../bot/context.ts";
import { AppMenu } from "../../bot/menu.ts";
import { showHome } from "../../bot/main-menu.ts";
import { reloadMember } from "../../bot/middlewares/deps.ts";
import { pickLocale } from "../../i18n/index.ts";
import { MUTE_KINDS, mutedKinds, setMuted, type MuteKind } from "../broadcasts/mute.ts";
import { updateProfile } from "../profile/service.ts";
import { LANGUAGES, LANGUAGE_NAMES, type Lang } from "../profile/steps.ts";
import { nudgesMenu, nudgesText, quietMenu, quietText, zoneMenu, zoneText } from "./nudges-menus.ts";
import { settingsText } from "./screen.ts";

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

const TOGGLE_LABELS: Record<MuteKind, string> = { regional: "settings-announcements-regional", municipal: "settings-announcements-municipal" };

/** "📣 Region's announcements: on", one toggle a kind, read afresh on every render. */
async function announcementToggles(ctx: Context, range: MenuRange<Context>): Promise<void> {
  const userId = ctx.member?.userId;
  if (!userId) return;
  const muted = await mutedKinds(ctx.deps.db, userId);
  for (const kind of MUTE_KINDS) {
    range.text(ctx.t(TOGGLE_LABELS[kind], { state: muted[kind] ? "off" : "on" }), (ctx) => toggleAnnouncements(ctx, kind)).row();
  }
}

async function toggleAnnouncements(ctx: Context, kind: MuteKind): Promise<void> {
  const userId = ctx.member?.userId;
  if (!userId) return;
  const muted = await mutedKinds(ctx.deps.db, userId);
  await setMuted(ctx.deps.db, userId, kind, !muted[kind]);
  ctx.menu.update();
}

export const settingsMenu = new AppMenu("settings")
  .submenu((ctx) => ctx.t("profile-edit-language"), "settingsLanguage", async (ctx) => {
    await ctx.editMessageText(ctx.t("settings-choose-language"), { parse_mode: "HTML" });
  })
  .row()
  .submenu((ctx) => ctx.t("settings-nudge-menu"), nudgesMenu.id, async (ctx) => {
    await ctx.editMessageText(nudgesText(ctx), { parse_mode: "HTML" });
  })
  .row()
  .submenu((ctx) => ctx.t("settings-zone-menu"), zoneMenu.id, async (ctx) => {
    await ctx.editMessageText(await zoneText(ctx), { parse_mode: "HTML" });
  })
  .submenu((ctx) => ctx.t("settings-quiet-menu"), quietMenu.id, async (ctx) => {
    await ctx.editMessageText(await quietText(ctx), { parse_mode: "HTML" });
  })
  .row()
  .dynamic(announcementToggles)
  .text((ctx) => ctx.t("button-back"), (ctx) => showHome(ctx, { edit: true }));

settingsMenu.register([settingsLanguageMenu, nudgesMenu, zoneMenu, quietMenu]);
