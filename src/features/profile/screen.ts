import type { Context } from "../../bot/context.ts";
import { esc } from "../../bot/html.ts";
import { roleLabel } from "../roles/labels.ts";
import { getProfile } from "./service.ts";
import { isYoungTeacher } from "./validation.ts";

/** The profile as the person sees it: every field, their roles, their language. */
export async function profileText(ctx: Context): Promise<string> {
  const actor = ctx.actor;
  const profile = actor ? await getProfile(ctx.deps.db, actor.userId) : null;
  if (!actor || !profile) return ctx.t("error-not-registered");
  const t = ctx.t.bind(ctx);
  const none = t("profile-not-set");
  const roles = [t("role-teacher"), ...actor.grants.map((grant) => roleLabel(t, grant.role))];
  if (actor.bootstrapAdmin && !actor.grants.some((grant) => grant.role === "admin")) roles.push(roleLabel(t, "admin"));
  return t("profile-card", {
    name: esc(profile.fullName ?? none),
    municipality: esc(profile.municipality?.name ?? none),
    school: esc(profile.school?.name ?? none),
    subjects: profile.subjects.map((subject) => t(`subject-${subject}`)).join(", ") || none,
    experience: profile.experienceYears ?? -1,
    young: isYoungTeacher(profile.experienceYears) ? "yes" : "no",
    roles: [...new Set(roles)].join(", "),
    language: t(`language-${profile.lang}`),
  });
}
