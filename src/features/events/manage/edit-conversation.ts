import type { ConversationContext, Context } from "../../../bot/context.ts";
import { CANCELLED, Flow, type Conv } from "../../../bot/flow.ts";
import { can } from "../../roles/permissions.ts";
import { askAudience, type AudienceChoice } from "./audience-steps.ts";
import { askHours, askLevel } from "./hours-level-steps.ts";
import { isEventLevel, type EventLevel } from "../levels.ts";
import type { Member } from "../../../core/member.ts";
import { changeRefusal } from "./card.ts";
import { apply, finish, loadStillChangeable } from "./change-conversations.ts";
import type { EditEventArgs } from "./ids.ts";
import type { EditableField } from "../callbacks.ts";
import { authorOf, loadEventAudience, loadManagedEvent, type Author, type ManagedEvent } from "./service.ts";
import { askCapacity, askDeadline, askDescription, askTitle } from "./steps.ts";
import { updateEventDetails, type DetailChange } from "./update-event.ts";
import { updateHoursOrLevel, type HoursOrLevel } from "./update-hours-level.ts";

/** A saved event's editable fields, as plain JSON for the conversation's state. */
type Editable = {
  title: string;
  description: string;
  capacity: number | null;
  registered: number;
  startsAt: number;
  deadline: number | null;
  audience: AudienceChoice;
  author: Author;
  hours: number | null;
  level: EventLevel | null;
};

/**
 * A course's hours and a contest's level may be set after the event too (reports read them
 * then), on an event of that kind that is not cancelled; the other fields only before it begins.
 */
async function loadRecorded(outer: Context, eventId: number, field: "hours" | "level"): Promise<{ event: ManagedEvent; member: Member } | { error: string }> {
  if (!outer.member || !can(outer.member, "events.manage")) return { error: "not-allowed" };
  const event = await loadManagedEvent(outer.deps.db, eventId);
  if (!event) return { error: "event-not-found" };
  if (event.cancelledAt) return { error: "event-cancelled" };
  if (event.kind !== (field === "hours" ? "course" : "contest")) return { error: "event-kind-mismatch" };
  return { event, member: outer.member };
}

async function loadForEdit(outer: Context, eventId: number, field: EditableField): Promise<Editable | { error: string }> {
  const found = field === "hours" || field === "level" ? await loadRecorded(outer, eventId, field) : await loadStillChangeable(outer, eventId);
  if ("error" in found) return found;
  const { event, member } = found;
  return {
    hours: event.hours,
    level: isEventLevel(event.level) ? event.level : null,
    title: event.title,
    description: event.description,
    capacity: event.capacity,
    registered: event.registered,
    startsAt: event.startsAt.getTime(),
    deadline: event.registrationDeadline?.getTime() ?? null,
    audience: await loadEventAudience(outer.deps.db, eventId),
    author: authorOf(member, { defaultZone: outer.deps.config.defaultTimezone, now: outer.deps.clock.now() }),
  };
}

/**
 * Changes one field of a saved event: its title, description, seats, registration deadline,
 * audience, a course's hours or a contest's level. People signed up are not messaged (they see it
 * on the card); seats given to people waiting are, as any promotion.
 */
export async function editEventConversation(conversation: Conv, ctx: ConversationContext, args: EditEventArgs) {
  const flow = new Flow(conversation, ctx, args.lang, { leave: "event-manage-left" });
  const event = await conversation.external((outer) => loadForEdit(outer, args.eventId, args.field));
  if ("error" in event) return finish(flow, args.eventId, changeRefusal(flow.t.bind(flow), event.error));
  const change = await ask(flow, args, event);
  if (change === CANCELLED) return finish(flow, args.eventId, flow.t("event-manage-unchanged"));

  const result = await conversation.external((outer) =>
    apply(outer, () =>
      change.field === "hours" || change.field === "level"
        ? updateHoursOrLevel(outer.deps.db, { eventId: args.eventId, change })
        : updateEventDetails(outer.deps.db, { eventId: args.eventId, change, now: outer.deps.clock.now() }),
    ),
  );
  if ("error" in result) return finish(flow, args.eventId, changeRefusal(flow.t.bind(flow), result.error, result.details));
  const lines = [flow.t("event-manage-saved")];
  if (result.told) lines.push(flow.t("event-manage-promoted", { count: result.told }));
  await finish(flow, args.eventId, lines.join("\n"));
}

async function ask(flow: Flow, args: EditEventArgs, event: Editable): Promise<DetailChange | HoursOrLevel | typeof CANCELLED> {
  switch (args.field) {
    case "title": {
      const title = await askTitle(flow, { keep: event.title, promptKey: "event-edit-ask-title" });
      return title === CANCELLED ? CANCELLED : { field: "title", title };
    }
    case "description": {
      const description = await askDescription(flow, event.description || null);
      return description === CANCELLED ? CANCELLED : { field: "description", description };
    }
    case "capacity": {
      const capacity = await askCapacity(flow, { keep: event.capacity, min: event.registered });
      return capacity === CANCELLED ? CANCELLED : { field: "capacity", capacity };
    }
    case "deadline": {
      const now = await flow.conversation.now();
      const deadline = await askDeadline(flow, { zone: event.author.zone, start: event.startsAt, now, keep: event.deadline });
      return deadline === CANCELLED ? CANCELLED : { field: "deadline", deadline: deadline === null ? null : new Date(deadline) };
    }
    case "audience": {
      const choice = await askAudience(flow, { author: event.author, initial: event.audience });
      return choice === CANCELLED ? CANCELLED : { field: "audience", audience: choice.audience };
    }
    case "hours": {
      const hours = await askHours(flow, { keep: event.hours, fromPlan: false });
      return hours === CANCELLED ? CANCELLED : { field: "hours", hours };
    }
    case "level": {
      const level = await askLevel(flow, { current: event.level, fromPlan: false });
      return level === CANCELLED ? CANCELLED : { field: "level", level };
    }
  }
}
