import { InlineKeyboard } from "grammy";
import type { Context } from "../../bot/context.ts";
import { esc } from "../../bot/html.ts";
import { PAGE_SIZE, addPager, pageOf } from "../../bot/paginate.ts";
import type { Screen } from "../../bot/screen.ts";
import { ADMIN_DATA } from "../admin/callbacks.ts";
import { listMunicipalitiesWithCounts, readMunicipalityCard, readSchoolCard } from "./browse.ts";
import { DIRECTORY_DATA } from "./callbacks.ts";
import { REFERENCE_KINDS, countReferences, isReferenced, type EntryKind, type References } from "./delete-or-merge.ts";
import { findMunicipality, findSchool, listMunicipalities, listSchools } from "./service.ts";
import { timezoneLabel } from "./timezones.ts";

type Translate = (key: string, vars?: Record<string, string | number>) => string;

/** The admin's directory: its municipalities a page at a time, each opening its schools. */
export async function directoryScreen(ctx: Context, page: number): Promise<Screen> {
  const t = ctx.t.bind(ctx);
  const all = await listMunicipalitiesWithCounts(ctx.deps.db);
  const shown = pageOf(all, page);
  const keyboard = new InlineKeyboard().text(t("directory-add-municipality"), DIRECTORY_DATA.addMunicipality).row();
  for (const m of shown.items) keyboard.text(t("directory-municipality-button", { name: m.name, schools: m.schools }), DIRECTORY_DATA.municipality(m.id, 0)).row();
  addPager(keyboard, shown, DIRECTORY_DATA.list.pagerPrefix());
  keyboard.row().text(t("button-back"), ADMIN_DATA.home);
  const schools = all.reduce((sum, m) => sum + m.schools, 0);
  const text = all.length ? t("directory-title", { municipalities: all.length, schools }) : t("directory-empty");
  return { text, keyboard };
}

/** A municipality: its zone and people, a page of its schools and what can be done with it. */
export async function municipalityScreen(ctx: Context, id: number, page: number): Promise<Screen | null> {
  const t = ctx.t.bind(ctx);
  const card = await readMunicipalityCard(ctx.deps.db, id);
  if (!card) return null;
  const shown = pageOf(card.schools, page);
  const keyboard = new InlineKeyboard();
  for (const school of shown.items) keyboard.text(school.name, DIRECTORY_DATA.school(school.id)).row();
  addPager(keyboard, shown, DIRECTORY_DATA.municipality.pagerPrefix(id));
  keyboard
    .row()
    .text(t("directory-add-school"), DIRECTORY_DATA.addSchool(id))
    .text(t("directory-rename"), DIRECTORY_DATA.rename("municipality", id))
    .row()
    .text(t("directory-merge"), DIRECTORY_DATA.merge("municipality", id))
    .text(t("directory-delete"), DIRECTORY_DATA.delete("municipality", id))
    .row()
    .text(t("button-back"), DIRECTORY_DATA.list(await pageOfMunicipality(ctx, id)));
  const text = t("directory-municipality-card", {
    name: esc(card.name),
    zone: timezoneLabel(t, card.timezone),
    schools: card.schools.length,
    people: card.people,
  });
  return { text, keyboard };
}

export async function schoolScreen(ctx: Context, id: number): Promise<Screen | null> {
  const t = ctx.t.bind(ctx);
  const card = await readSchoolCard(ctx.deps.db, id);
  if (!card) return null;
  const keyboard = new InlineKeyboard()
    .text(t("directory-rename"), DIRECTORY_DATA.rename("school", id))
    .text(t("directory-merge"), DIRECTORY_DATA.merge("school", id))
    .row()
    .text(t("directory-delete"), DIRECTORY_DATA.delete("school", id))
    .row()
    .text(t("button-back"), DIRECTORY_DATA.municipality(card.municipalityId, await pageOfSchool(ctx, card.municipalityId, id)));
  const text = t("directory-school-card", { name: esc(card.name), municipality: esc(card.municipality.name), people: card.people });
  return { text, keyboard };
}

/** "Delete?" when nothing points at the entry; otherwise what does, and the way to merge instead. */
export async function deleteScreen(ctx: Context, kind: EntryKind, id: number): Promise<Screen | null> {
  const t = ctx.t.bind(ctx);
  const name = await entryName(ctx, kind, id);
  if (name === null) return null;
  const references = await countReferences(ctx.deps.db, kind, id, ctx.deps.clock.now());
  const back = entryScreenData(kind, id);
  if (isReferenced(references)) {
    return {
      text: t("directory-delete-refused", { kind, name: esc(name), references: referenceLines(t, references) }),
      keyboard: new InlineKeyboard().text(t("directory-merge"), DIRECTORY_DATA.merge(kind, id)).row().text(t("button-back"), back),
    };
  }
  return {
    text: t("directory-delete-ask", { kind, name: esc(name) }),
    keyboard: new InlineKeyboard().text(t("directory-delete-confirm"), DIRECTORY_DATA.deleteConfirmed(kind, id)).row().text(t("button-back"), back),
  };
}

/** "• 3 школы" for each kind of thing that points at an entry. */
export function referenceLines(t: Translate, references: References): string {
  return REFERENCE_KINDS.filter((what) => references[what] > 0)
    .map((what) => `• ${t(`directory-n-${what}`, { [what]: references[what] })}`)
    .join("\n");
}

async function entryName(ctx: Context, kind: EntryKind, id: number): Promise<string | null> {
  const entry = kind === "school" ? await findSchool(ctx.deps.db, id) : await findMunicipality(ctx.deps.db, id);
  return entry?.name ?? null;
}

/** The data of the card an entry is seen on, for the "back" of screens about it. */
function entryScreenData(kind: EntryKind, id: number): string {
  return kind === "school" ? DIRECTORY_DATA.school(id) : DIRECTORY_DATA.municipality(id, 0);
}

/** The page of the directory a municipality sits on, so "back" returns to where it was picked. */
export async function pageOfMunicipality(ctx: Context, id: number): Promise<number> {
  const index = (await listMunicipalities(ctx.deps.db)).findIndex((m) => m.id === id);
  return Math.max(0, Math.floor(index / PAGE_SIZE));
}

export async function pageOfSchool(ctx: Context, municipalityId: number, schoolId: number): Promise<number> {
  const index = (await listSchools(ctx.deps.db, municipalityId)).findIndex((s) => s.id === schoolId);
  return Math.max(0, Math.floor(index / PAGE_SIZE));
}
