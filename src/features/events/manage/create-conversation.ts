import { InlineKeyboard } from "grammy";
import type { ConversationContext } from "../../../bot/context.ts";
import { CANCELLED, Flow, type Conv } from "../../../bot/flow.ts";
import { esc } from "../../../bot/html.ts";
import { AppError } from "../../../errors.ts";
import { showHome } from "../../../bot/main-menu.ts";
import { can } from "../../roles/permissions.ts";
import { createEvent } from "../create-event.ts";
import { cardText } from "../card-text.ts";
import { describeAudience } from "./card.ts";
import type { CreateEventArgs } from "./ids.ts";
import { authorOf, loadMeasurePrefill, type Author, type MeasurePrefill } from "./service.ts";
import { askAudience } from "./audience-steps.ts";
import { planAudienceNote } from "./plan-audience.ts";
import { FIELDS, FIELD_KEYS, FIELD_OF_ERROR, asCard, fieldApplies, newDraft, toInput, type Draft, type Field } from "./draft.ts";
import { askHours, askLevel } from "./hours-level-steps.ts";
import {
  askCapacity,
  askDeadline,
  askDescription,
  askEnd,
  askKind,
  askOrganiser,
  askStart,
  askTitle,
  askWhere,
  isOrganiser,
  isTitle,
} from "./steps.ts";

/**
 * A methodologist creates an event, one question a message, then sees the card as teachers will
 * and saves it (or edits a field first). With `measureId`, the plan measure's title, kind,
 * executor, dates, a course's hours and a contest's level are offered. Saving re-checks the
 * permission; nothing is stored before.
 */
export async function createEventConversation(conversation: Conv, ctx: ConversationContext, args: CreateEventArgs) {
  const flow = new Flow(conversation, ctx, args.lang, { leave: "event-new-left" });
  const setup = await conversation.external(async (outer) => {
    if (!outer.member || !can(outer.member, "events.manage")) return null;
    const author = authorOf(outer.member, { defaultZone: outer.deps.config.defaultTimezone, now: outer.deps.clock.now() });
    const prefill = args.measureId === null ? null : await loadMeasurePrefill(outer.deps.db, { measureId: args.measureId, now: outer.deps.clock.now(), zone: author.zone });
    return { author, prefill, measureMissing: args.measureId !== null && prefill === null };
  });
  if (!setup) return finish(flow, flow.t("error-not-allowed"));
  if (setup.measureMissing) return finish(flow, flow.t("error-not-found"));
  const { author, prefill } = setup;

  const draft = await collect(flow, author, prefill);
  if (draft === CANCELLED) return finish(flow, flow.t("event-new-cancelled"));

  for (;;) {
    const action = await preview(flow, author, draft);
    if (action === CANCELLED) return finish(flow, flow.t("event-new-cancelled"));
    if (action === "edit") {
      const field = await pickField(flow, draft.kind);
      if (field === CANCELLED) return finish(flow, flow.t("event-new-cancelled"));
      if (field !== "back" && (await ask(flow, field, draft, author, prefill, true)) === CANCELLED) return finish(flow, flow.t("event-new-cancelled"));
      continue;
    }
    const saved = await conversation.external(async (outer): Promise<{ id: number; bot: string } | { error: string }> => {
      if (!outer.member || !can(outer.member, "events.manage")) return { error: "not-allowed" };
      try {
        const id = await createEvent(outer.deps.db, toInput(draft), { createdById: outer.member.userId, now: outer.deps.clock.now() });
        return { id, bot: outer.me.username };
      } catch (error) {
        if (error instanceof AppError) return { error: error.code };
        throw error;
      }
    });
    if ("id" in saved) {
      const link = `https://t.me/${saved.bot}?start=event_${saved.id}`;
      return finish(flow, flow.t("event-new-created", { title: esc(draft.title), link }));
    }
    await flow.say(flow.t(`error-${saved.error}`));
    const field = FIELD_OF_ERROR[saved.error];
    if (!field) return finish(flow);
    if ((await ask(flow, field, draft, author, prefill, true)) === CANCELLED) return finish(flow, flow.t("event-new-cancelled"));
  }
}

async function finish(flow: Flow, notice?: string) {
  if (notice) await flow.say(notice);
  const lang = flow.lang;
  await flow.conversation.external(async (outer) => {
    outer.i18n.useLocale(lang);
    await showHome(outer);
  });
}

/** Every question of the event's kind in order, with the plan measure's values offered where there is one. */
async function collect(flow: Flow, author: Author, prefill: MeasurePrefill | null): Promise<Draft | typeof CANCELLED> {
  const draft = newDraft(prefill);
  for (const field of FIELDS) {
    if (fieldApplies(field, draft.kind) && (await ask(flow, field, draft, author, prefill, false)) === CANCELLED) return CANCELLED;
  }
  return draft;
}

/**
 * Asks one field and writes the answer into the draft. `editing` offers the current value to
 * keep; a new time also asks for the deadline again when the old one no longer fits, and a new
 * kind asks a course's hours or a contest's level.
 */
async function ask(flow: Flow, field: Field, draft: Draft, author: Author, prefill: MeasurePrefill | null, editing: boolean): Promise<void | typeof CANCELLED> {
  const zone = author.zone;
  switch (field) {
    case "title": {
      const keep = editing ? draft.title : prefill && isTitle(prefill.title) ? prefill.title : null;
      const title = await askTitle(flow, { keep, suggested: editing ? null : prefill?.title ?? null });
      if (title === CANCELLED) return CANCELLED;
      draft.title = title;
      return;
    }
    case "kind": {
      const kind = await askKind(flow, editing ? draft.kind : prefill?.kind ?? null);
      if (kind === CANCELLED) return CANCELLED;
      const changed = kind !== draft.kind;
      draft.kind = kind;
      if (editing && changed && kind === "course") return ask(flow, "hours", draft, author, prefill, true);
      if (editing && changed && kind === "contest") return ask(flow, "level", draft, author, prefill, true);
      return;
    }
    case "hours": {
      // The plan's hours are offered (and said to be the plan's) until the methodologist answers.
      const hours = await askHours(flow, { keep: draft.hours, fromPlan: !editing && prefill?.hours != null });
      if (hours === CANCELLED) return CANCELLED;
      draft.hours = hours;
      return;
    }
    case "level": {
      const level = await askLevel(flow, { current: draft.level, fromPlan: !editing && prefill?.level != null });
      if (level === CANCELLED) return CANCELLED;
      draft.level = level;
      return;
    }
    case "description": {
      const description = await askDescription(flow, editing ? draft.description : null);
      if (description === CANCELLED) return CANCELLED;
      draft.description = description;
      return;
    }
    case "time": {
      const now = await flow.conversation.now();
      const plan = !editing && prefill ? { schedule: prefill.schedule, firstDay: prefill.firstDay } : null;
      const startsAt = await askStart(flow, { zone, now, keep: editing ? draft.startsAt : null, plan });
      if (startsAt === CANCELLED) return CANCELLED;
      // The same length on the new day: the old end would stretch or invert the event.
      const keepEnd = editing ? startsAt + (draft.endsAt - draft.startsAt) : null;
      const endsAt = await askEnd(flow, { zone, start: startsAt, keep: keepEnd });
      if (endsAt === CANCELLED) return CANCELLED;
      draft.startsAt = startsAt;
      draft.endsAt = endsAt;
      if (editing && draft.deadline !== null && (draft.deadline > startsAt || draft.deadline <= now)) {
        return ask(flow, "deadline", draft, author, prefill, true);
      }
      return;
    }
    case "place": {
      const where = await askWhere(flow, { keep: editing ? { place: draft.place, link: draft.link } : null, skippable: true });
      if (where === CANCELLED) return CANCELLED;
      draft.place = where.place;
      draft.link = where.link;
      return;
    }
    case "organiser": {
      const suggested = prefill?.organiser ?? null;
      const organiser = await askOrganiser(flow, {
        me: author.fullName,
        suggested: suggested && isOrganiser(suggested) ? suggested : null,
        keep: editing ? draft.organiser : null,
      });
      if (organiser === CANCELLED) return CANCELLED;
      draft.organiser = organiser;
      return;
    }
    case "capacity": {
      const capacity = await askCapacity(flow);
      if (capacity === CANCELLED) return CANCELLED;
      draft.capacity = capacity;
      return;
    }
    case "deadline": {
      const now = await flow.conversation.now();
      const deadline = await askDeadline(flow, { zone, start: draft.startsAt, now, keep: editing ? draft.deadline : null });
      if (deadline === CANCELLED) return CANCELLED;
      draft.deadline = deadline;
      return;
    }
    case "audience": {
      const note = planAudienceNote(flow.t.bind(flow), prefill?.audience ?? null, { firstAsk: !editing });
      const choice = await askAudience(flow, { author, initial: { audience: draft.audience, place: draft.audiencePlace }, note });
      if (choice === CANCELLED) return CANCELLED;
      draft.audience = choice.audience;
      draft.audiencePlace = choice.place;
      return;
    }
  }
}

/** The card as teachers will see it once signed up (so with the link), who it is for, and "Save" / "Edit…" / "Cancel". */
function preview(flow: Flow, author: Author, draft: Draft) {
  return flow.step<"save" | "edit">({
    cancellable: true,
    screen: () => {
      const t = flow.t.bind(flow);
      const reader = { t, lang: flow.lang, zone: author.zone, now: new Date(author.startedAt) };
      const audience = t("event-manage-line-audience", { audience: describeAudience(t, draft.audience, draft.audiencePlace) });
      const card = cardText(reader, asCard(draft), { showLink: true, notes: [audience] });
      const text = `${t("event-new-preview")}\n\n${card}`;
      const keyboard = new InlineKeyboard().text(t("event-new-save"), "s:save").text(t("event-new-edit"), "s:edit");
      return { text, keyboard };
    },
    onButton: (data) => (data === "save" || data === "edit" ? { done: data } : undefined),
  });
}

function pickField(flow: Flow, kind: Draft["kind"]) {
  const fields = FIELDS.filter((field) => fieldApplies(field, kind));
  return flow.step<Field | "back">({
    cancellable: true,
    screen: () => {
      const keyboard = new InlineKeyboard();
      fields.forEach((field, index) => {
        keyboard.text(flow.t(FIELD_KEYS[field]), `s:${field}`);
        if (index % 3 === 2) keyboard.row();
      });
      keyboard.row().text(flow.t("button-back"), "s:back");
      return { text: flow.t("event-new-pick-field"), keyboard };
    },
    onButton: (data) => (data === "back" || (fields as readonly string[]).includes(data) ? { done: data as Field | "back" } : undefined),
  });
}
