import { InlineKeyboard } from "grammy";
import type { Context } from "../../bot/context.ts";
import { esc } from "../../bot/html.ts";
import { PAGE_SIZE, addPager, pageOf } from "../../bot/paginate.ts";
import { formatDate } from "../../i18n/dates.ts";
import { ADMIN_DATA } from "../admin/callbacks.ts";
import { ROLES_DATA } from "./callbacks.ts";
import { findActiveInvite, listActiveInvites, type InviteRow } from "./invites.ts";
import { roleLabel, roleTitle } from "./labels.ts";
import { findGrant, listGrants, type GrantRow } from "./service.ts";

export type AdminScreen = { text: string; keyboard: InlineKeyboard };

type Translate = (key: string, vars?: Record<string, string | number>) => string;

export async function rolesScreen(ctx: Context, page: number): Promise<AdminScreen> {
  const t = ctx.t.bind(ctx);
  let current = Math.max(0, page);
  let { rows, total } = await listGrants(ctx.deps.db, { skip: current * PAGE_SIZE, take: PAGE_SIZE });
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (current >= pages) {
    // The list shrank under an old page number (a revoke emptied the last page): show the last page.
    current = pages - 1;
    ({ rows, total } = await listGrants(ctx.deps.db, { skip: current * PAGE_SIZE, take: PAGE_SIZE }));
  }
  const keyboard = new InlineKeyboard();
  const lines = rows.map((row, index) => `${current * PAGE_SIZE + index + 1}. ${describeGrant(t, row)}`);
  rows.forEach((row, index) => {
    keyboard.text(t("admin-revoke-role", { n: current * PAGE_SIZE + index + 1 }), ROLES_DATA.revokeGrant(row.id, current));
    if (index % 2 === 1) keyboard.row();
  });
  keyboard.row();
  addPager(keyboard, { items: rows, page: current, pages }, ROLES_DATA.roles.pagerPrefix());
  keyboard.row().text(t("button-back"), ADMIN_DATA.home);
  const text = rows.length ? `${t("admin-roles-title", { count: total })}\n\n${lines.join("\n")}` : t("admin-roles-empty");
  return { text, keyboard };
}

export function inviteLink(botUsername: string, code: string): string {
  return `https://t.me/${botUsername}?start=${code}`;
}

/** "Петрова Анна — методист (г. Омск)". */
function describeGrant(t: Translate, grant: GrantRow): string {
  const place = grant.school ?? grant.municipality;
  const who = esc(grant.fullName ?? t("profile-not-set"));
  return `${who} — ${roleLabel(t, grant.role)}${place ? ` (${esc(place)})` : ""}`;
}

/** "Координатор · БОУ «Лицей № 64» · использовано 0 из 5 · до 12 декабря 2024 г."; a role of the whole region says so. */
export function describeInvite(t: Translate, invite: Pick<InviteRow, "scope" | "place" | "uses" | "maxUses" | "expiresAt">, lang: string): string {
  return t("admin-invite-line", {
    role: roleTitle(t, invite.scope.role),
    place: invite.place ? esc(invite.place) : t("admin-place-region"),
    uses: invite.uses,
    max: invite.maxUses,
    until: formatDate(invite.expiresAt, lang),
  });
}

/** Few enough invites a page that their links stay well inside Telegram's 4096 characters. */
export const INVITES_PER_PAGE = 5;

export async function invitesScreen(ctx: Context, page: number): Promise<AdminScreen> {
  const t = ctx.t.bind(ctx);
  const lang = await ctx.i18n.getLocale();
  const all = await listActiveInvites(ctx.deps.db, ctx.deps.clock.now());
  const shown = pageOf(all, page, INVITES_PER_PAGE);
  const first = shown.page * INVITES_PER_PAGE;
  const keyboard = new InlineKeyboard();
  const lines = shown.items.map(
    (invite, index) => `${first + index + 1}. ${describeInvite(t, invite, lang)}\n${inviteLink(ctx.me.username, invite.code)}`,
  );
  shown.items.forEach((invite, index) => {
    keyboard.text(t("admin-revoke-invite", { n: first + index + 1 }), ROLES_DATA.revokeInvite(invite.id, shown.page));
    if (index % 2 === 1) keyboard.row();
  });
  keyboard.row();
  addPager(keyboard, shown, ROLES_DATA.invites.pagerPrefix());
  keyboard.row().text(t("button-back"), ADMIN_DATA.home);
  const text = all.length ? `${t("admin-invites-title", { count: all.length })}\n\n${lines.join("\n\n")}` : t("admin-invites-empty");
  return { text, keyboard };
}

/** "Revoke this role? They will be told." Null when the grant is gone. */
export async function confirmRevokeGrantScreen(ctx: Context, grantId: number, page: number): Promise<AdminScreen | null> {
  const t = ctx.t.bind(ctx);
  const grant = await findGrant(ctx.deps.db, grantId);
  if (!grant) return null;
  const keyboard = new InlineKeyboard()
    .text(t("admin-revoke-role-confirm"), ROLES_DATA.revokeGrantConfirmed(grantId, page))
    .row()
    .text(t("button-back"), ROLES_DATA.roles(page));
  return { text: t("admin-revoke-role-ask", { grant: describeGrant(t, grant) }), keyboard };
}

/** "Revoke this invite? The link stops working." Null when it is gone or no longer usable. */
export async function confirmRevokeInviteScreen(ctx: Context, inviteId: number, page: number): Promise<AdminScreen | null> {
  const t = ctx.t.bind(ctx);
  const invite = await findActiveInvite(ctx.deps.db, inviteId, ctx.deps.clock.now());
  if (!invite) return null;
  const summary = describeInvite(t, invite, await ctx.i18n.getLocale());
  const keyboard = new InlineKeyboard()
    .text(t("admin-revoke-invite-confirm"), ROLES_DATA.revokeInviteConfirmed(inviteId, page))
    .row()
    .text(t("button-back"), ROLES_DATA.invites(page));
  return { text: t("admin-revoke-invite-ask", { summary, link: inviteLink(ctx.me.username, invite.code) }), keyboard };
}
