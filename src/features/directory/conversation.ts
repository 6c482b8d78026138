import { InlineKeyboard } from "grammy";
import type { Context, ConversationContext } from "../../bot/context.ts";
import type { Db } from "../../db/client.ts";
import { CANCELLED, Flow, type Cancellable, type Conv } from "../../bot/flow.ts";
import { esc } from "../../bot/html.ts";
import { compact, type Screen } from "../../bot/screen.ts";
import { AppError } from "../../errors.ts";
import type { EditDirectoryArgs } from "../admin/ids.ts";
import { askMunicipality, askSchool } from "../profile/steps.ts";
import { can } from "../roles/permissions.ts";
import { countReferences, mergeEntries, type EntryKind } from "./delete-or-merge.ts";
import { isValidName, normalizeName } from "./names.ts";
import { directoryScreen, municipalityScreen, pageOfMunicipality, pageOfSchool, referenceLines, schoolScreen } from "./screens.ts";
import {
  addMunicipality,
  addSchool,
  findMunicipality,
  findSchool,
  municipalityNamedLike,
  renameMunicipality,
  renameSchool,
  schoolNamedLike,
} from "./service.ts";
import { TIMEZONES, timezoneLabel } from "./timezones.ts";

/** Which directory screen the admin lands on afterwards; `focus` picks the page an entry sits on. */
type Landing = { screen: "list"; focus?: number } | { screen: "municipality"; id: number; focus?: number } | { screen: "school"; id: number };

type Outcome = { notice: string; landing: Landing };

/**
 * Adds, renames or merges one directory entry, then shows the directory screen where the entry
 * now is. Names are checked against the directory as they are typed; every write re-checks the
 * admin's permission.
 */
export async function editDirectory(conversation: Conv, ctx: ConversationContext, args: EditDirectoryArgs) {
  const flow = new Flow(conversation, ctx, args.lang, { leave: "directory-edit-left" });
  const outcome = await run(flow, args);
  await flow.say(outcome.notice);
  await conversation.external((outer) => showLanding(outer, flow.lang, outcome.landing));
}

function run(flow: Flow, args: EditDirectoryArgs): Promise<Outcome> {
  if (args.action === "add-municipality") return addMunicipalityFlow(flow);
  if (args.action === "add-school") return addSchoolFlow(flow, args.municipalityId);
  return args.action === "rename" ? renameFlow(flow, args.kind, args.id) : mergeFlow(flow, args.kind, args.id);
}

async function addMunicipalityFlow(flow: Flow): Promise<Outcome> {
  const cancelled: Outcome = { notice: flow.t("admin-cancelled"), landing: { screen: "list" } };
  const name = await askEntryName(flow, flow.t("directory-ask-municipality-name"), (db, typed) => municipalityNamedLike(db, typed));
  if (name === CANCELLED) return cancelled;
  const timezone = await askTimezone(flow);
  if (timezone === CANCELLED) return cancelled;
  return save(flow, name, cancelled.landing, async (db) => {
    const added = await addMunicipality(db, { name, timezone });
    return { screen: "list", focus: added.id };
  });
}

async function addSchoolFlow(flow: Flow, municipalityId: number): Promise<Outcome> {
  const municipality = await flow.conversation.external((outer) => findMunicipality(outer.deps.db, municipalityId));
  if (!municipality) return { notice: flow.t("error-not-found"), landing: { screen: "list" } };
  const landing: Landing = { screen: "municipality", id: municipalityId };
  const prompt = flow.t("directory-ask-school-name", { municipality: esc(municipality.name) });
  const name = await askEntryName(flow, prompt, (db, typed) => schoolNamedLike(db, municipalityId, typed));
  if (name === CANCELLED) return { notice: flow.t("admin-cancelled"), landing };
  return save(flow, name, landing, async (db) => {
    const added = await addSchool(db, { municipalityId, name });
    return { ...landing, focus: added.id };
  });
}

async function renameFlow(flow: Flow, kind: EntryKind, id: number): Promise<Outcome> {
  const entry = await flow.conversation.external((outer) => readEntry(outer.deps.db, kind, id));
  if (!entry) return { notice: flow.t("error-not-found"), landing: { screen: "list" } };
  const here = entryLanding(kind, id);
  const prompt = flow.t("directory-ask-new-name", { name: esc(entry.name) });
  const name = await askEntryName(flow, prompt, (db, typed) =>
    kind === "school" ? schoolNamedLike(db, entry.municipalityId, typed, id) : municipalityNamedLike(db, typed, id),
  );
  if (name === CANCELLED) return { notice: flow.t("admin-cancelled"), landing: here };
  return save(flow, name, here, async (db) => {
    if (kind === "municipality") {
      await renameMunicipality(db, { id, name });
      return { screen: "list", focus: id };
    }
    await renameSchool(db, { id, name });
    return { screen: "municipality", id: entry.municipalityId, focus: id };
  });
}

async function mergeFlow(flow: Flow, kind: EntryKind, id: number): Promise<Outcome> {
  const entry = await flow.conversation.external((outer) => readEntry(outer.deps.db, kind, id));
  if (!entry) return { notice: flow.t("error-not-found"), landing: { screen: "list" } };
  const here = entryLanding(kind, id);
  const cancelled: Outcome = { notice: flow.t("admin-cancelled"), landing: here };
  const into = kind === "school" ? await pickOtherSchool(flow, entry.municipalityId, id) : await pickOtherMunicipality(flow, id);
  if (into === CANCELLED) return cancelled;
  if ((await confirmMerge(flow, kind, entry, into)) === CANCELLED) return cancelled;
  return save(
    flow,
    into.name,
    here,
    async (db) => {
      await mergeEntries(db, { kind, fromId: id, intoId: into.id });
      // Where everything now is: the target municipality, at the target school's page.
      return { screen: "municipality", id: into.municipalityId, ...(kind === "school" ? { focus: into.id } : {}) };
    },
    "directory-merged",
  );
}

function entryLanding(kind: EntryKind, id: number): Landing {
  return kind === "school" ? { screen: "school", id } : { screen: "municipality", id };
}

type Entry = { id: number; name: string; municipalityId: number };

async function readEntry(db: Db, kind: EntryKind, id: number): Promise<Entry | null> {
  const found = kind === "school" ? await findSchool(db, id) : await findMunicipality(db, id);
  return found && { id, name: found.name, municipalityId: "municipalityId" in found ? found.municipalityId : id };
}

/** Runs the write; a refusal of the domain (a name taken meanwhile, an entry gone) is said, and the admin lands back where they began. */
function save(flow: Flow, name: string, fallback: Landing, write: (db: Db) => Promise<Landing>, savedKey = "directory-saved"): Promise<Outcome> {
  return flow.conversation.external(async (outer) => {
    if (!can(outer.member, "directory.manage")) return { notice: flow.t("error-not-allowed"), landing: fallback };
    try {
      const landing = await write(outer.deps.db);
      return { notice: flow.t(savedKey, { name: esc(name) }), landing };
    } catch (error) {
      if (error instanceof AppError) return { notice: flow.t(`error-${error.code}`, { name: esc(String(error.details.name ?? name)) }), landing: fallback };
      throw error;
    }
  });
}

/** A name, refused at once when it is no name or the directory already holds it in another spelling. */
function askEntryName(flow: Flow, prompt: string, namedLike: (db: Db, name: string) => Promise<{ name: string } | null>): Promise<Cancellable<string>> {
  return flow.step<string>({
    cancellable: true,
    screen: () => ({ text: prompt }),
    onText: async (text) => {
      const name = normalizeName(text);
      if (!isValidName(name)) return { refuse: flow.t("error-invalid-name", { name: esc(name.slice(0, 50)) }) };
      const clash = await flow.conversation.external((outer) => namedLike(outer.deps.db, name));
      return clash ? { refuse: flow.t("error-duplicate", { name: esc(clash.name) }) } : { done: name };
    },
  });
}

function askTimezone(flow: Flow): Promise<Cancellable<string>> {
  return flow.step<string>({
    cancellable: true,
    screen: () => {
      const keyboard = new InlineKeyboard();
      TIMEZONES.forEach((zone, index) => {
        keyboard.text(timezoneLabel(flow.t.bind(flow), zone), `s:${index}`);
        if (index % 3 === 2) keyboard.row();
      });
      return { text: flow.t("directory-ask-timezone"), keyboard };
    },
    onButton: (data) => {
      const zone = TIMEZONES[Number(data)];
      return zone ? { done: zone } : undefined;
    },
  });
}

async function pickOtherMunicipality(flow: Flow, fromId: number): Promise<Cancellable<Entry>> {
  for (;;) {
    const id = await askMunicipality(flow, { cancellable: true, promptKey: "directory-merge-pick-municipality", excludeId: fromId });
    if (id === CANCELLED) return CANCELLED;
    const entry = await flow.conversation.external((outer) => readEntry(outer.deps.db, "municipality", id));
    if (entry) return entry;
    await flow.say(flow.t("error-not-found"));
  }
}

/** A school of the same municipality first (where duplicates are); "other municipality" widens the search. */
async function pickOtherSchool(flow: Flow, municipalityId: number, fromId: number): Promise<Cancellable<Entry>> {
  let inMunicipality = municipalityId;
  for (;;) {
    const id = await askSchool(flow, inMunicipality, { cancellable: true, promptKey: "directory-merge-pick-school", excludeId: fromId });
    if (id === CANCELLED) return CANCELLED;
    if (id === "back") {
      const picked = await askMunicipality(flow, { cancellable: true, promptKey: "directory-pick-municipality" });
      if (picked === CANCELLED) return CANCELLED;
      inMunicipality = picked;
      continue;
    }
    const entry = await flow.conversation.external((outer) => readEntry(outer.deps.db, "school", id));
    if (entry) return entry;
    await flow.say(flow.t("error-not-found"));
  }
}

/** What will move, and a last chance to stop: a merge cannot be undone. */
async function confirmMerge(flow: Flow, kind: EntryKind, from: Entry, into: Entry): Promise<Cancellable<true>> {
  const references = await flow.conversation.external((outer) => countReferences(outer.deps.db, kind, from.id, outer.deps.clock.now()));
  const moves = referenceLines(flow.t.bind(flow), references);
  return flow.step<true>({
    cancellable: true,
    screen: () => ({
      text: flow.t("directory-merge-ask", { kind, from: esc(from.name), into: esc(into.name), moves: moves || flow.t("directory-merge-nothing") }),
      keyboard: new InlineKeyboard().text(flow.t("directory-merge-confirm"), "s:yes"),
    }),
    onButton: (data) => (data === "yes" ? { done: true } : undefined),
  });
}

async function showLanding(ctx: Context, lang: string, landing: Landing): Promise<void> {
  ctx.i18n.useLocale(lang);
  let screen: Screen | null = null;
  if (landing.screen === "school") screen = await schoolScreen(ctx, landing.id);
  if (landing.screen === "municipality") {
    const page = landing.focus === undefined ? 0 : await pageOfSchool(ctx, landing.id, landing.focus);
    screen = await municipalityScreen(ctx, landing.id, page);
  }
  screen ??= await directoryScreen(ctx, landing.screen === "list" && landing.focus !== undefined ? await pageOfMunicipality(ctx, landing.focus) : 0);
  await ctx.reply(screen.text, { parse_mode: "HTML", reply_markup: compact(screen.keyboard), link_preview_options: { is_disabled: true } });
}
