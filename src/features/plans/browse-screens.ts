import { InlineKeyboard } from "grammy";
import type { Context } from "../../bot/context.ts";
import { esc } from "../../bot/html.ts";
import { addPager, lastPage } from "../../bot/paginate.ts";
import { getPlanOverview, listMeasures, listPlans } from "./browse.ts";
import { can } from "../roles/permissions.ts";
import { MANAGE_DATA } from "../events/manage/ids.ts";

export const PLANS_PER_PAGE = 6;
export const MEASURES_PER_PAGE = 5;
const WHOLE_PLAN = "-";

export type PlanScreen = { text: string; keyboard: InlineKeyboard };

/** Callback data of the plan screens: `pl:list:<page>`, `pl:plan:<id>`, `pl:sec:<id>:<section|->:<page>`. */
export const PLAN_DATA = {
  list: (page: number) => `pl:list:${page}`,
  plan: (planId: number) => `pl:plan:${planId}`,
  section: (planId: number, section: string | null, page: number) => `pl:sec:${planId}:${section ?? WHOLE_PLAN}:${page}`,
  menu: "pl:menu",
};

export function parseSection(raw: string): string | null {
  return raw === WHOLE_PLAN ? null : raw;
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export async function plansListScreen(ctx: Context, page: number): Promise<PlanScreen> {
  const { rows, total } = await listPlans(ctx.deps.db, { skip: page * PLANS_PER_PAGE, take: PLANS_PER_PAGE });
  // An old or forged page number past the end shows the last page.
  if (!rows.length && page > 0) return plansListScreen(ctx, lastPage(total, PLANS_PER_PAGE));
  const keyboard = new InlineKeyboard();
  for (const plan of rows) keyboard.text(clip(plan.title, 60), PLAN_DATA.plan(plan.id)).row();
  addPager(keyboard, { items: rows, page, pages: Math.max(1, Math.ceil(total / PLANS_PER_PAGE)) }, "pl:list:");
  keyboard.row().text(ctx.t("button-back"), PLAN_DATA.menu);
  return { text: ctx.t(total ? "plans-title" : "plans-empty", { count: total }), keyboard };
}

export async function planScreen(ctx: Context, planId: number): Promise<PlanScreen | null> {
  const plan = await getPlanOverview(ctx.deps.db, planId);
  if (!plan) return null;
  const keyboard = new InlineKeyboard();
  for (const section of plan.sections) keyboard.text(clip(`${section.number}. ${section.title}`, 60), PLAN_DATA.section(plan.id, section.number, 0)).row();
  keyboard.text(ctx.t("plans-all-measures", { count: plan.measureCount }), PLAN_DATA.section(plan.id, null, 0)).row();
  keyboard.text(ctx.t("button-back"), PLAN_DATA.list(0));
  const source = [plan.issuer, plan.number ? `№ ${plan.number}` : null, plan.date].filter(Boolean).join(", ");
  return { text: ctx.t("plans-plan-card", { title: esc(plan.title), source: esc(source || "—"), count: plan.measureCount }), keyboard };
}

export async function measuresScreen(ctx: Context, planId: number, section: string | null, page: number): Promise<PlanScreen> {
  const { rows, total } = await listMeasures(ctx.deps.db, { planId, section, skip: page * MEASURES_PER_PAGE, take: MEASURES_PER_PAGE });
  if (!rows.length && page > 0) return measuresScreen(ctx, planId, section, lastPage(total, MEASURES_PER_PAGE));
  const pages = Math.max(1, Math.ceil(total / MEASURES_PER_PAGE));
  const items = rows.map((measure) => {
    const executors = measure.executors.map((e) => e.organisation.name + (e.byAgreement ? ` ${ctx.t("plans-by-agreement")}` : ""));
    return ctx.t("plans-measure", {
      number: esc(measure.number),
      title: esc(clip(measure.title, 300)),
      kind: ctx.t(`measure-kind-${measure.kind}`),
      schedule: esc(clip(measure.schedule || "—", 150)),
      executors: esc(clip(executors.join("; ") || "—", 200)),
    });
  });
  const keyboard = new InlineKeyboard();
  // Methodologists turn a measure into an event people can sign up for.
  if (can(ctx.member, "events.manage")) {
    rows.forEach((measure, index) => {
      keyboard.text(ctx.t("plans-make-event", { number: measure.number }), MANAGE_DATA.fromMeasure(measure.id));
      if (index % 2 === 1) keyboard.row();
    });
    keyboard.row();
  }
  addPager(keyboard, { items: rows, page, pages }, `pl:sec:${planId}:${section ?? WHOLE_PLAN}:`);
  keyboard.row().text(ctx.t("button-back"), PLAN_DATA.plan(planId));
  const text = items.length ? items.join("\n\n") : ctx.t("plans-no-measures");
  return { text, keyboard };
}
