// The kinds of reminder a person can switch in /settings, and whom each concerns: a teacher is
// not offered a switch for "few sign-ups", which only organisers and coordinators get.
import type { Member } from "../../core/member.ts";
import { eventDayReminder, eventHourReminder, lowSignUp, registrationClosing, weeklyDigest } from "../events/nudges.ts";
import { planDeadlineNudge } from "../plans/deadline-nudges.ts";
import { questionnaireDueNudge } from "../diagnostics/due-nudges.ts";
import { routeItemSoonNudge } from "../diagnostics/route-nudges.ts";
import { idlePairNudge, meetingSoonNudge } from "../mentoring/meetings/nudges.ts";
import { PRACTICE_REVIEW_DIGEST } from "../practices/review-digest.ts";
import { REVIEW_PERMISSION } from "../practices/rules.ts";
import { can, hasRole } from "../roles/permissions.ts";

/** Who sees the switch. */
type Concerns = "everyone" | "staff" | "coordinators" | "reviewers";

export type ReminderKind = {
  /** The NudgeKind's name, as NudgePreference rows store it. */
  name: string;
  /** With no row: whether the person gets it (false for the opt-in weekly digest). */
  defaultOn: boolean;
  /** Locale key of the switch's label. */
  label: string;
  concerns: Concerns;
};

const kind = ({ name, defaultOn }: { name: string; defaultOn: boolean }, label: string, concerns: Concerns): ReminderKind => ({ name, defaultOn, label, concerns });

export const REMINDER_KINDS: readonly ReminderKind[] = [
  kind(eventDayReminder, "settings-nudge-event-day", "everyone"),
  kind(eventHourReminder, "settings-nudge-event-hour", "everyone"),
  kind(registrationClosing, "settings-nudge-registration-closing", "everyone"),
  kind(lowSignUp, "settings-nudge-low-sign-up", "staff"),
  kind(planDeadlineNudge, "settings-nudge-plan-deadline", "coordinators"),
  kind(weeklyDigest, "settings-nudge-weekly-digest", "everyone"),
  kind(questionnaireDueNudge, "settings-nudge-questionnaire-due", "everyone"),
  kind(routeItemSoonNudge, "settings-nudge-route-item-soon", "everyone"),
  kind(meetingSoonNudge, "settings-nudge-mentoring-meeting", "everyone"),
  kind(idlePairNudge, "settings-nudge-mentoring-idle-pair", "coordinators"),
  kind(PRACTICE_REVIEW_DIGEST, "settings-nudge-practice-review", "reviewers"),
];

export function reminderKind(name: string): ReminderKind | undefined {
  return REMINDER_KINDS.find((each) => each.name === name);
}

/** The kinds whose switches this person sees. */
export function kindsFor(member: Pick<Member, "onboarded" | "grants" | "bootstrapAdmin">): ReminderKind[] {
  const coordinator = hasRole(member, "coordinator");
  const staff = coordinator || hasRole(member, "methodologist") || hasRole(member, "admin");
  const reviewer = can(member, REVIEW_PERMISSION);
  return REMINDER_KINDS.filter((each) => each.concerns === "everyone" || (each.concerns === "staff" ? staff : each.concerns === "reviewers" ? reviewer : coordinator));
}
