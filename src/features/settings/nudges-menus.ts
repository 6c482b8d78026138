// /settings → "🔔 Reminders" (a switch per kind that concerns the person), "🕒 Time zone" (the
// zones the bot offers, or their municipality's) and "🌙 Quiet hours" (presets, typed hours, or
// the bot's). Each tap saves at once and redraws the screen in place.
import type { MenuRange } from "@grammyjs/menu";
import type { Context } from "../../bot/context.ts";
import { AppMenu } from "../../bot/menu.ts";
import { reloadMember } from "../../bot/middlewares/deps.ts";
import { formatQuietHours, type QuietHours } from "../../core/quiet-hours.ts";
import { pickLocale } from "../../i18n/index.ts";
import { TIMEZONES, timezoneLabel } from "../directory/timezones.ts";
import { EDIT_QUIET_HOURS, type EditQuietHoursArgs } from "./nudges-ids.ts";
import { kindsFor, type ReminderKind } from "./nudges-kinds.ts";
import { nudgeChoices, setNudgePreference, setQuietHours, setTimezone, timeSettings } from "./nudges-service.ts";
import { settingsText } from "./screen.ts";

// ---- Reminders ----

export const nudgesText = (ctx: Context) => ctx.t("settings-nudge-title");

/** "✅ A day before an event", one switch a kind, read afresh on every render. */
async function reminderSwitches(ctx: Context, range: MenuRange<Context>): Promise<void> {
  const member = ctx.member;
  if (!member) return;
  const choices = await nudgeChoices(ctx.deps.db, member.userId);
  for (const kind of kindsFor(member)) {
    const state = choices.get(kind.name) ? "on" : "off";
    range.text(ctx.t("settings-nudge-switch", { state, kind: ctx.t(kind.label) }), (ctx) => flipReminder(ctx, kind)).row();
  }
}

async function flipReminder(ctx: Context, kind: ReminderKind): Promise<void> {
  const userId = ctx.member?.userId;
  if (!userId) return;
  const choices = await nudgeChoices(ctx.deps.db, userId);
  await setNudgePreference(ctx.deps.db, userId, kind.name, !choices.get(kind.name));
  ctx.menu.update();
}

export const nudgesMenu = new AppMenu("settingsNudges").dynamic(reminderSwitches).back(
  (ctx) => ctx.t("button-back"),
  (ctx) => backToSettings(ctx),
);

// ---- Time zone ----

const zoneName = (ctx: Context, zone: string) => timezoneLabel((key, vars) => ctx.t(key, vars), zone);

/** The zone reminders and times follow now, and whose it is. */
export async function zoneText(ctx: Context): Promise<string> {
  const settings = await timeSettings(ctx.deps.db, ctx.member!.userId);
  const zone = settings.ownZone ?? settings.municipalityZone ?? ctx.deps.config.defaultTimezone;
  return ctx.t("settings-zone-title", { zone: zoneName(ctx, zone), source: settings.ownZone ? "own" : "municipality" });
}

async function zoneChoices(ctx: Context, range: MenuRange<Context>): Promise<void> {
  const member = ctx.member;
  if (!member) return;
  const settings = await timeSettings(ctx.deps.db, member.userId);
  TIMEZONES.forEach((zone, index) => {
    if (index > 0 && index % 3 === 0) range.row();
    range.text(`${zone === settings.ownZone ? "✅ " : ""}${zoneName(ctx, zone)}`, (ctx) => chooseZone(ctx, zone));
  });
  const municipality = zoneName(ctx, settings.municipalityZone ?? ctx.deps.config.defaultTimezone);
  range.row().text(`${settings.ownZone === null ? "✅ " : ""}${ctx.t("settings-zone-municipality", { zone: municipality })}`, (ctx) => chooseZone(ctx, null)).row();
}

async function chooseZone(ctx: Context, zone: string | null): Promise<void> {
  const userId = ctx.member?.userId;
  if (!userId) return;
  await setTimezone(ctx.deps.db, userId, zone);
  // Times on later screens of this update are shown in the new zone.
  await reloadMember(ctx);
  await ctx.editMessageText(await zoneText(ctx), { parse_mode: "HTML" });
}

export const zoneMenu = new AppMenu("settingsZone").dynamic(zoneChoices).back(
  (ctx) => ctx.t("button-back"),
  (ctx) => backToSettings(ctx),
);

// ---- Quiet hours ----

const NO_QUIET_HOURS: QuietHours = { from: 0, until: 0 };
const QUIET_PRESETS: readonly QuietHours[] = [
  { from: 21 * 60, until: 8 * 60 },
  { from: 22 * 60, until: 7 * 60 },
  { from: 23 * 60, until: 9 * 60 },
];

const same = (a: QuietHours | null, b: QuietHours) => a !== null && a.from === b.from && a.until === b.until;
/** "22:00–07:00", or "none" for equal ends. */
const hoursText = (ctx: Context, hours: QuietHours) => (hours.from === hours.until ? ctx.t("settings-quiet-off") : formatQuietHours(hours));

export async function quietText(ctx: Context): Promise<string> {
  const own = (await timeSettings(ctx.deps.db, ctx.member!.userId)).ownQuietHours;
  return ctx.t("settings-quiet-title", { hours: hoursText(ctx, own ?? ctx.deps.config.quietHours), source: own ? "own" : "default" });
}

async function quietChoices(ctx: Context, range: MenuRange<Context>): Promise<void> {
  const member = ctx.member;
  if (!member) return;
  const own = (await timeSettings(ctx.deps.db, member.userId)).ownQuietHours;
  const mark = (hours: QuietHours) => (same(own, hours) ? "✅ " : "");
  for (const preset of QUIET_PRESETS) range.text(`${mark(preset)}${formatQuietHours(preset)}`, (ctx) => chooseQuietHours(ctx, preset));
  range.row().text(`${mark(NO_QUIET_HOURS)}${ctx.t("settings-quiet-none")}`, (ctx) => chooseQuietHours(ctx, NO_QUIET_HOURS));
  range.text(ctx.t("settings-quiet-type"), typeQuietHours).row();
  const fallback = formatQuietHours(ctx.deps.config.quietHours);
  range.text(`${own === null ? "✅ " : ""}${ctx.t("settings-quiet-default", { hours: fallback })}`, (ctx) => chooseQuietHours(ctx, null)).row();
}

async function chooseQuietHours(ctx: Context, hours: QuietHours | null): Promise<void> {
  const userId = ctx.member?.userId;
  if (!userId) return;
  await setQuietHours(ctx.deps.db, userId, hours);
  await ctx.editMessageText(await quietText(ctx), { parse_mode: "HTML" });
}

/** Typed hours are a question of a conversation: see nudges-quiet-conversation.ts for why. */
async function typeQuietHours(ctx: Context): Promise<void> {
  const args: EditQuietHoursArgs = { lang: pickLocale(ctx.member?.lang, undefined) };
  await ctx.menu.close({ immediate: true });
  await ctx.conversation.enter(EDIT_QUIET_HOURS, args);
}

export const quietMenu = new AppMenu("settingsQuiet").dynamic(quietChoices).back(
  (ctx) => ctx.t("button-back"),
  (ctx) => backToSettings(ctx),
);

async function backToSettings(ctx: Context): Promise<void> {
  await ctx.editMessageText(settingsText(ctx), { parse_mode: "HTML" });
}
