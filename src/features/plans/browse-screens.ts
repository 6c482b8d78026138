import { sectionTitle } from "./save-plan.ts";
import { InlineKeyboard } from "grammy";
import { DateTime } from "luxon";
import type { Context } from "../../bot/context.ts";
import { esc } from "../../bot/html.ts";
import { addPager, lastPage } from "../../bot/paginate.ts";
import { getPlanOverview, listMeasures, listPlans, planExpired, planListPosition, type PlanHeader, type Shelf } from "./browse.ts";
import { PLAN_DATA } from "./callbacks.ts";
import { plansBrowsedWhere, territoryText } from "./territory.ts";
import { cut, sourceInWords, spansInWords } from "./words.ts";
import { planPeriodInWords } from "./period-words.ts";
import { archivedLine, manageBlock } from "./manage-screens.ts";
import { can } from "../roles/permissions.ts";
import { unlinkedButton } from "./executor-links-screens.ts";

export const PLANS_PER_PAGE = 5;
export const MEASURES_PER_PAGE = 5;
/** More sections than this are browsed through "All measures" only: a keyboard holds 100 buttons. */
const SECTIONS_SHOWN = 30;

export type PlanScreen = { text: string; keyboard: InlineKeyboard };

/** The reader's language, zone, and today's date there, for dates in words and "period over". */
export type Reader = { lang: string; zone: string; today: string };

export async function readerOf(ctx: Context): Promise<Reader> {
  const zone = ctx.member?.timezone ?? ctx.deps.config.defaultTimezone;
  return { lang: await ctx.i18n.getLocale(), zone, today: DateTime.fromJSDate(ctx.deps.clock.now(), { zone }).toISODate()! };
}

/** "Министерство … · № 1620 · 24 апреля 2018 · 2020–2024 годы · ⌛ срок истёк". */
function planSource(ctx: Context, plan: PlanHeader, reader: Reader): string {
  const parts = [sourceInWords(plan, reader.lang)];
  if (plan.period) parts.push(planPeriodInWords(ctx.t.bind(ctx), plan.period, reader.lang));
  if (planExpired(plan.span, reader.today)) parts.push(ctx.t("plans-expired"));
  return parts.filter(Boolean).join(" · ");
}

/** "🗺 Оконешниковский муниципальный район (Омская область)", or that the plan is shown to everyone. */
function planTerritory(ctx: Context, plan: { region: { name: string } | null; municipality: { name: string } | null }): string {
  return territoryText(ctx.t.bind(ctx), { regionName: plan.region?.name ?? null, municipalityName: plan.municipality?.name ?? null });
}

const listData = (shelf: Shelf) => (shelf === "archive" ? PLAN_DATA.archive : PLAN_DATA.list);

/**
 * Numbered plans with their full titles in the text; the buttons, short, carry the same numbers
 * and years. Current plans, with a button to the archived ones when there are any; or the archive.
 */
export async function plansListScreen(ctx: Context, page: number, shelf: Shelf = "current"): Promise<PlanScreen> {
  const { rows, total, otherShelf } = await listPlans(ctx.deps.db, { shelf, skip: page * PLANS_PER_PAGE, take: PLANS_PER_PAGE, where: plansBrowsedWhere(ctx.member) });
  // An old or forged page number past the end shows the last page.
  if (!rows.length && page > 0) return plansListScreen(ctx, lastPage(total, PLANS_PER_PAGE), shelf);
  const reader = await readerOf(ctx);
  const keyboard = new InlineKeyboard();
  const items = rows.map((plan, index) => {
    const number = page * PLANS_PER_PAGE + index + 1;
    const expired = planExpired(plan.span, reader.today);
    const year = plan.span ? plan.span.start.slice(0, 4) : plan.date?.slice(0, 4);
    keyboard.text(`${expired ? "⌛ " : ""}${number}. ${cut(plan.title, 36)}${year ? ` · ${year}` : ""}`, PLAN_DATA.plan(plan.id)).row();
    return `${number}. <b>${esc(cut(plan.title, 250))}</b>\n${esc(planSource(ctx, plan, reader))}`;
  });
  addPager(keyboard, { items: rows, page, pages: Math.max(1, Math.ceil(total / PLANS_PER_PAGE)) }, listData(shelf).pagerPrefix());
  if (shelf === "current" && otherShelf) keyboard.row().text(ctx.t("plans-archive-open", { count: otherShelf }), PLAN_DATA.archive(0));
  keyboard.row().text(ctx.t("button-back"), shelf === "archive" ? PLAN_DATA.list(0) : PLAN_DATA.menu);
  const heading = ctx.t(shelf === "archive" ? "plans-archive-title" : "plans-title", { count: total });
  const empty = shelf === "archive" ? "plans-archive-empty" : otherShelf ? "plans-none-current" : "plans-empty";
  const text = total ? [heading, ...items, ctx.t("plans-pick")].join("\n\n") : ctx.t(empty);
  return { text, keyboard };
}

export async function planScreen(ctx: Context, planId: number): Promise<PlanScreen | null> {
  const plan = await getPlanOverview(ctx.deps.db, planId);
  if (!plan) return null;
  const reader = await readerOf(ctx);
  const manages = can(ctx.member, "plans.import");
  const keyboard = new InlineKeyboard();
  for (const section of plan.sections.slice(0, SECTIONS_SHOWN)) {
    keyboard.text(cut(`${section.number}. ${sectionTitle(ctx.t.bind(ctx), section)}`, 60), PLAN_DATA.section(plan.id, section.number, 0)).row();
  }
  keyboard.text(ctx.t("plans-all-measures", { count: plan.measureCount }), PLAN_DATA.section(plan.id, null, 0)).row();
  const about = [esc(planSource(ctx, plan, reader) || "—"), esc(planTerritory(ctx, plan))];
  if (manages) {
    // Executors the directory does not know: their coordinators would miss the plan's deadlines.
    const unlinked = plan.archivedAt ? null : await unlinkedButton(ctx, plan.id);
    if (unlinked) keyboard.text(...unlinked).row();
    const manage = await manageBlock(ctx, plan, reader);
    about.push(...manage.lines);
    for (const button of manage.buttons) keyboard.text(...button);
    keyboard.row();
  } else if (plan.archivedAt) {
    about.push(archivedLine(ctx, { at: plan.archivedAt, by: null }, reader));
  }
  const listPage = Math.floor((await planListPosition(ctx.deps.db, plan, plansBrowsedWhere(ctx.member))) / PLANS_PER_PAGE);
  keyboard.text(ctx.t("button-back"), listData(plan.archivedAt ? "archive" : "current")(listPage));
  const text = ctx.t("plans-plan-card", { title: esc(cut(plan.title, 1000)), source: about.join("\n"), count: plan.measureCount });
  return { text, keyboard };
}

/** A page of measures, short enough for a phone: number, title, dates in words and kind; a tap opens the rest. */
export async function measuresScreen(ctx: Context, planId: number, section: string | null, page: number): Promise<PlanScreen | null> {
  const { rows, total, planTitle, sectionTitle: storedTitle } = await listMeasures(ctx.deps.db, { planId, section, skip: page * MEASURES_PER_PAGE, take: MEASURES_PER_PAGE });
  if (planTitle === null) return null;
  if (!rows.length && page > 0) return measuresScreen(ctx, planId, section, lastPage(total, MEASURES_PER_PAGE));
  const { lang } = await readerOf(ctx);
  const t = ctx.t.bind(ctx);
  const items = rows.map((measure) =>
    ctx.t("plans-measure", {
      number: esc(cut(measure.number, 20)),
      title: esc(cut(measure.title, 160)),
      when: esc(measure.dates.length ? spansInWords(t, measure.dates, lang, 2) : cut(measure.schedule || "—", 80)),
      kind: ctx.t(`measure-kind-${measure.kind}`),
    }),
  );
  const keyboard = new InlineKeyboard();
  for (const measure of rows) keyboard.text(cut(`${measure.number}. ${measure.title}`, 48), PLAN_DATA.measure(measure.id, section === null ? "a" : "s")).row();
  addPager(keyboard, { items: rows, page, pages: Math.max(1, Math.ceil(total / MEASURES_PER_PAGE)) }, PLAN_DATA.section.pagerPrefix(planId, section));
  keyboard.row().text(ctx.t("button-back"), PLAN_DATA.plan(planId));
  const title = section !== null && storedTitle !== null ? sectionTitle(ctx.t.bind(ctx), { number: section, title: storedTitle }) : null;
  const heading = `<b>${esc(cut(title ? `${section}. ${title}` : planTitle, 150))}</b>`;
  const text = items.length ? [heading, ...items, ctx.t("plans-open-measure")].join("\n\n") : ctx.t("plans-no-measures");
  return { text, keyboard };
}
