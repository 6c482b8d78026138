import { InlineKeyboard } from "grammy";
import type { ConversationContext } from "../../bot/context.ts";
import { CANCELLED, Flow, type Cancellable, type Conv } from "../../bot/flow.ts";
import { askMunicipality, askPlace } from "../profile/steps.ts";
import type { Role } from "../../generated/sqlite/enums.ts";
import { createInvite, INVITE_DAYS, INVITE_USES } from "./invites.ts";
import type { RoleScope } from "../../core/member.ts";
import { can } from "./permissions.ts";
import { roleTitle } from "./labels.ts";
import { ROLES, isRole } from "./service.ts";
import { describeInvite, inviteLink } from "./admin-screens.ts";
import { showAdminMenu } from "./show-admin.ts";

/** An admin picks a role, its scope, how many people and for how long; gets a t.me link. */
export async function createInviteConversation(conversation: Conv, ctx: ConversationContext, args: { lang: string }) {
  const flow = new Flow(conversation, ctx, args.lang, { leave: "admin-invite-left" });
  const scope = await askScope(flow);
  if (scope === CANCELLED) return finish(flow, flow.t("admin-cancelled"));
  const maxUses = await askNumber(flow, "admin-invite-ask-uses", INVITE_USES);
  if (maxUses === CANCELLED) return finish(flow, flow.t("admin-cancelled"));
  const days = await askNumber(flow, "admin-invite-ask-days", INVITE_DAYS);
  if (days === CANCELLED) return finish(flow, flow.t("admin-cancelled"));

  const now = await conversation.now();
  const expiresAt = new Date(now + days * 86_400_000);
  const created = await conversation.external(async (outer) => {
    if (!outer.member || !can(outer.member, "invites.manage")) return null;
    const invite = await createInvite(outer.deps.db, { scope, maxUses, expiresAt, createdById: outer.member.userId });
    const place = scope.schoolId
      ? (await outer.deps.db.school.findUnique({ where: { id: scope.schoolId } }))?.name
      : scope.municipalityId
        ? (await outer.deps.db.municipality.findUnique({ where: { id: scope.municipalityId } }))?.name
        : undefined;
    return { code: invite.code, place: place ?? null, bot: outer.me.username };
  });
  if (!created) return finish(flow, flow.t("error-not-allowed"));
  const summary = describeInvite(flow.t.bind(flow), { scope, place: created.place, uses: 0, maxUses, expiresAt }, flow.lang);
  await flow.say(flow.t("admin-invite-created", { summary, link: inviteLink(created.bot, created.code) }));
  await finish(flow);
}

async function finish(flow: Flow, notice?: string) {
  if (notice) await flow.say(notice);
  await flow.conversation.external((outer) => showAdminMenu(outer, flow.lang));
}

async function askScope(flow: Flow): Promise<Cancellable<RoleScope>> {
  const role = await flow.step<Role>({
    cancellable: true,
    screen: () => {
      const keyboard = new InlineKeyboard();
      for (const role of ROLES) keyboard.text(roleTitle(flow.t.bind(flow), role), `s:${role}`).row();
      return { text: flow.t("admin-invite-ask-role"), keyboard };
    },
    onButton: (data) => (isRole(data) ? { done: data } : undefined),
  });
  if (role === CANCELLED) return CANCELLED;
  if (role !== "coordinator") return { role, municipalityId: null, schoolId: null };

  const level = await flow.step<"school" | "municipality">({
    cancellable: true,
    screen: () => ({
      text: flow.t("admin-invite-ask-level"),
      keyboard: new InlineKeyboard()
        .text(flow.t("admin-level-school"), "s:school")
        .text(flow.t("admin-level-municipality"), "s:municipality"),
    }),
    onButton: (data) => (data === "school" || data === "municipality" ? { done: data } : undefined),
  });
  if (level === CANCELLED) return CANCELLED;
  if (level === "municipality") {
    const municipalityId = await askMunicipality(flow, { cancellable: true, promptKey: "directory-pick-municipality" });
    return municipalityId === CANCELLED ? CANCELLED : { role, municipalityId, schoolId: null };
  }
  const place = await askPlace(flow, { cancellable: true, municipalityPrompt: "directory-pick-municipality", schoolPrompt: "directory-pick-school" });
  return place === CANCELLED ? CANCELLED : { role, municipalityId: null, schoolId: place.schoolId };
}

function askNumber(flow: Flow, promptKey: string, choices: readonly number[]): Promise<Cancellable<number>> {
  return flow.step<number>({
    cancellable: true,
    screen: () => {
      const keyboard = new InlineKeyboard();
      for (const choice of choices) keyboard.text(String(choice), `s:${choice}`);
      return { text: flow.t(promptKey), keyboard };
    },
    onButton: (data) => {
      const value = Number(data);
      return choices.includes(value) ? { done: value } : undefined;
    },
  });
}
