import { InlineKeyboard } from "grammy";
import type { Context } from "../../bot/context.ts";
import { esc } from "../../bot/html.ts";
import type { Screen } from "../../bot/screen.ts";
import { ONBOARDING_DATA } from "../onboarding/callbacks.ts";
import { can, hasRole } from "../roles/permissions.ts";
import { HELP_DATA } from "./callbacks.ts";

/**
 * What the bot does, as the person can use it: everyone reads the teacher's part, staff also
 * the part of each role they hold; then whom to ask. A way on: the menu, or /start for someone
 * not registered yet.
 */
export function helpScreen(ctx: Context): Screen {
  const member = ctx.member;
  const parts = [ctx.t("help-intro"), ctx.t("help-teacher")];
  if (member?.onboarded) {
    if (hasRole(member, "coordinator")) parts.push(ctx.t("help-coordinator"));
    if (can(member, "events.manage")) parts.push(ctx.t("help-events-staff"));
    if (can(member, "plans.import")) parts.push(ctx.t("help-plans-staff"));
    if (can(member, "roles.manage")) parts.push(ctx.t("help-admin"));
  }
  parts.push(ctx.t("help-commands"));
  const contact = ctx.deps.config.supportContact;
  parts.push(contact ? ctx.t("help-contact", { contact: esc(contact) }) : ctx.t("help-contact-default"));
  return { text: parts.join("\n\n"), keyboard: wayOn(ctx) };
}

/** "‹ Menu" for a registered person, "▶️ Start" for anyone else: under help and under replies to what the bot cannot read. */
export function wayOn(ctx: Context): InlineKeyboard {
  return ctx.member?.onboarded
    ? new InlineKeyboard().text(ctx.t("button-menu"), HELP_DATA.menu)
    : new InlineKeyboard().text(ctx.t("button-start"), ONBOARDING_DATA.start);
}
