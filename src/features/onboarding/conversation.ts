import type { Conv } from "../../bot/flow.ts";
import { CANCELLED, Flow } from "../../bot/flow.ts";
import type { ConversationContext } from "../../bot/context.ts";
import { AppError } from "../../errors.ts";
import { redeemInvite } from "../roles/invites.ts";
import { completeOnboarding, getProfile, nextMissingField, setSubjects, updateProfile } from "../profile/service.ts";
import { askExperience, askName, askOwnPlace, askSubjects, type Lang } from "../profile/steps.ts";
import { saveOwnPlace } from "../profile/save-place.ts";
import { showHome } from "../../bot/main-menu.ts";
import { sendEventCard } from "../events/index.ts";
import { roleLabel } from "../roles/labels.ts";

export const ONBOARDING = "onboarding";

/** What /start carried: an invite code to redeem after onboarding, or an event to open. */
export type StartPayload = { invite?: string; eventId?: number };
export type OnboardingArgs = { lang: Lang; payload: StartPayload };

/**
 * From consent to the main menu (the steps before consent keep nothing, see ./index.ts). Every
 * answer is saved as it is given, so the flow asks only what is still missing: it resumes after
 * an interruption, a restart or a discarded state.
 */
export async function onboarding(conversation: Conv, ctx: ConversationContext, args: OnboardingArgs) {
  const flow = new Flow(conversation, ctx, args.lang, { stay: "onboarding-finish-first" });
  const userId = await conversation.external(async (outer) => outer.member?.userId ?? 0);
  if (!userId) return;

  // Redeemed before the questions, so a paused onboarding does not lose the role; the role acts
  // only once onboarding is complete (every permission check requires it).
  if (args.payload.invite) await redeem(flow, userId, args.payload.invite);

  for (;;) {
    const profile = await conversation.external((outer) => getProfile(outer.deps.db, userId));
    if (!profile) return;
    const missing = nextMissingField(profile);
    if (missing === null) break;
    const saved = await askAndSave(flow, userId, missing);
    if (!saved) {
      await flow.say(flow.t("onboarding-paused"));
      return;
    }
  }

  const at = new Date(await conversation.now());
  await conversation.external((outer) => completeOnboarding(outer.deps.db, userId, at));
  await flow.say(flow.t("onboarding-done"));
  const eventId = args.payload.eventId;
  await conversation.external(async (outer) => {
    await showHome(outer, { lang: flow.lang });
    // A person who came through an event's link lands on that event once registered.
    if (eventId !== undefined) await sendEventCard(outer, eventId);
  });
}

async function askAndSave(flow: Flow, userId: number, field: "name" | "place" | "subjects" | "experience") {
  const { conversation } = flow;
  const options = { cancellable: true };
  if (field === "name") {
    const fullName = await askName(flow, options);
    if (fullName === CANCELLED) return false;
    await conversation.external((outer) => updateProfile(outer.deps.db, userId, { fullName }, outer.deps.clock.now()));
  } else if (field === "place") {
    const place = await askOwnPlace(flow, options);
    if (place === CANCELLED) return false;
    await saveOwnPlace(flow, userId, place);
  } else if (field === "subjects") {
    const chosen = await askSubjects(flow, [], options);
    if (chosen === CANCELLED) return false;
    await conversation.external((outer) => setSubjects(outer.deps.db, userId, chosen));
  } else {
    const years = await askExperience(flow, options);
    if (years === CANCELLED) return false;
    await conversation.external((outer) => updateProfile(outer.deps.db, userId, { experienceYears: years }, outer.deps.clock.now()));
  }
  return true;
}

async function redeem(flow: Flow, userId: number, code: string) {
  const at = new Date(await flow.conversation.now());
  const result = await flow.conversation.external(async (outer) => {
    try {
      const { scope, granted } = await redeemInvite(outer.deps.db, { code, userId, at });
      return { role: scope.role, granted, error: null };
    } catch (error) {
      if (error instanceof AppError) return { role: null, granted: false, error: error.code };
      throw error;
    }
  });
  if (result.error) await flow.say(flow.t(`error-${result.error}`));
  else if (result.role) await flow.say(flow.t(result.granted ? "invite-granted" : "invite-already-held", { role: roleLabel(flow.t.bind(flow), result.role) }));
}
