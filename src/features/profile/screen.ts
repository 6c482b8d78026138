import type { Context } from "../../bot/context.ts";
import { esc } from "../../bot/html.ts";
import { roleLabel } from "../roles/labels.ts";
import { isSubject } from "./subjects.ts";
import { isYoungTeacher, yearsTaught } from "../../core/teaching.ts";

/** The profile as the person sees it: every field, their roles, their language; from the member loaded for the update. */
export function profileText(ctx: Context): string {
  const member = ctx.member;
  if (!member) return ctx.t("error-not-registered");
  const t = ctx.t.bind(ctx);
  const none = t("profile-not-set");
  const now = ctx.deps.clock.now();
  const roles = [t("role-teacher"), ...member.grants.map((grant) => roleLabel(t, grant.role))];
  if (member.bootstrapAdmin && !member.grants.some((grant) => grant.role === "admin")) roles.push(roleLabel(t, "admin"));
  return t("profile-card", {
    name: esc(member.fullName ?? none),
    municipality: esc(member.municipalityName ?? none),
    school: esc(member.schoolName ?? none),
    subjects: member.subjects.filter(isSubject).map((subject) => t(`subject-${subject}`)).join(", ") || none,
    experience: yearsTaught(member.teachingSince, now) ?? -1,
    young: isYoungTeacher(member.teachingSince, now) ? "yes" : "no",
    roles: [...new Set(roles)].join(", "),
    language: t(`language-${member.lang}`),
  });
}
