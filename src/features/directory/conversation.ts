import { InlineKeyboard } from "grammy";
import type { ConversationContext } from "../../bot/context.ts";
import type { Db } from "../../db/client.ts";
import { CANCELLED, Flow, type Cancellable, type Conv } from "../../bot/flow.ts";
import { esc } from "../../bot/html.ts";
import { AppError } from "../../errors.ts";
import type { EditDirectoryArgs } from "../admin/ids.ts";
import { askMunicipality, askPlace } from "../profile/steps.ts";
import { can } from "../roles/permissions.ts";
import { showAdminMenu } from "../roles/show-admin.ts";
import { addMunicipality, addSchool, renameMunicipality, renameSchool } from "./service.ts";

/** Zones of Russia an admin is likely to need, west to east. */
const TIMEZONES = [
  "Europe/Kaliningrad",
  "Europe/Moscow",
  "Europe/Samara",
  "Asia/Yekaterinburg",
  "Asia/Omsk",
  "Asia/Novosibirsk",
  "Asia/Krasnoyarsk",
  "Asia/Irkutsk",
  "Asia/Yakutsk",
  "Asia/Vladivostok",
  "Asia/Magadan",
  "Asia/Kamchatka",
];

/** Adds or renames one directory entry; the write re-checks the admin's permission. */
export async function editDirectory(conversation: Conv, ctx: ConversationContext, args: EditDirectoryArgs) {
  const flow = new Flow(conversation, ctx, args.lang, { leave: "directory-edit-left" });
  const result = await collectAndSave(flow, args);
  if (result === CANCELLED) await flow.say(flow.t("admin-cancelled"));
  else if (result.error) await flow.say(flow.t(`error-${result.error}`, { name: esc(result.name) }));
  else await flow.say(flow.t("directory-saved", { name: esc(result.name) }));
  await conversation.external((outer) => showAdminMenu(outer, flow.lang));
}

type SaveResult = { name: string; error: string | null };

async function collectAndSave(flow: Flow, args: EditDirectoryArgs): Promise<Cancellable<SaveResult>> {
  const options = { cancellable: true };
  if (args.action === "add-municipality") {
    const name = await askEntryName(flow, "directory-ask-municipality-name");
    if (name === CANCELLED) return CANCELLED;
    const timezone = await askTimezone(flow);
    if (timezone === CANCELLED) return CANCELLED;
    return save(flow, name, (db) => addMunicipality(db, { name, timezone }));
  }
  if (args.action === "rename-school") {
    const place = await askPlace(flow, { ...options, municipalityPrompt: "directory-pick-municipality", schoolPrompt: "directory-pick-school" });
    if (place === CANCELLED) return CANCELLED;
    const name = await askEntryName(flow, "directory-ask-new-name");
    if (name === CANCELLED) return CANCELLED;
    return save(flow, name, (db) => renameSchool(db, { id: place.schoolId, name }));
  }
  const municipalityId = await askMunicipality(flow, { ...options, promptKey: "directory-pick-municipality" });
  if (municipalityId === CANCELLED) return CANCELLED;
  if (args.action === "add-school") {
    const name = await askEntryName(flow, "directory-ask-school-name");
    if (name === CANCELLED) return CANCELLED;
    return save(flow, name, (db) => addSchool(db, { municipalityId, name }));
  }
  const name = await askEntryName(flow, "directory-ask-new-name");
  if (name === CANCELLED) return CANCELLED;
  return save(flow, name, (db) => renameMunicipality(db, { id: municipalityId, name }));
}

function save(flow: Flow, name: string, write: (db: Db) => Promise<unknown>): Promise<SaveResult> {
  return flow.conversation.external(async (outer) => {
    if (!can(outer.member, "directory.manage")) return { name, error: "not-allowed" };
    try {
      await write(outer.deps.db);
      return { name, error: null };
    } catch (error) {
      if (error instanceof AppError) return { name, error: error.code };
      throw error;
    }
  });
}

function askEntryName(flow: Flow, promptKey: string): Promise<Cancellable<string>> {
  return flow.step<string>({
    cancellable: true,
    screen: () => ({ text: flow.t(promptKey) }),
    onText: (text) => {
      const name = text.replace(/\s+/g, " ").trim();
      return name.length >= 1 && name.length <= 200 && /\p{L}/u.test(name) ? { done: name } : { refuse: flow.t("error-invalid-name", { name: esc(name.slice(0, 50)) }) };
    },
  });
}

function askTimezone(flow: Flow): Promise<Cancellable<string>> {
  return flow.step<string>({
    cancellable: true,
    screen: () => {
      const keyboard = new InlineKeyboard();
      TIMEZONES.forEach((zone, index) => {
        keyboard.text(flow.t(`timezone-${zone.replace("/", "-").toLowerCase()}`), `s:${index}`);
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
