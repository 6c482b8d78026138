import { InlineKeyboard } from "grammy";
import type { Context } from "../../bot/context.ts";
import { esc } from "../../bot/html.ts";
import { PAGE_SIZE, addPager, pageOf } from "../../bot/paginate.ts";
import { formatDate } from "../../i18n/dates.ts";
import { listActiveInvites, type InviteRow } from "./invites.ts";
import { roleLabel } from "./labels.ts";
import { listGrants } from "./service.ts";

/** Callback data of the admin list screens; handled in ./index.ts after a permission check. */
export const ADMIN_DATA = {
  back: "adm:back",
  rolesPagePrefix: "adm:rg:p:",
  revokeGrant: (grantId: number, page: number) => `adm:rg:rv:${grantId}:${page}`,
  invitesPagePrefix: "adm:iv:p:",
  revokeInvite: (inviteId: number, page: number) => `adm:iv:rv:${inviteId}:${page}`,
};

export type AdminScreen = { text: string; keyboard: InlineKeyboard };

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
  const lines = rows.map((row, index) => {
    const place = row.school ?? row.municipality;
    const who = esc(row.fullName ?? t("profile-not-set"));
    return `${current * PAGE_SIZE + index + 1}. ${who} — ${roleLabel(t, row.role)}${place ? ` (${esc(place)})` : ""}`;
  });
  rows.forEach((row, index) => {
    keyboard.text(t("admin-revoke-role", { n: current * PAGE_SIZE + index + 1 }), ADMIN_DATA.revokeGrant(row.id, current));
    if (index % 2 === 1) keyboard.row();
  });
  keyboard.row();
  addPager(keyboard, { items: rows, page: current, pages }, ADMIN_DATA.rolesPagePrefix);
  keyboard.row().text(t("button-back"), ADMIN_DATA.back);
  const text = rows.length ? `${t("admin-roles-title", { count: total })}\n\n${lines.join("\n")}` : t("admin-roles-empty");
  return { text, keyboard };
}

export function inviteLink(botUsername: string, code: string): string {
  return `https://t.me/${botUsername}?start=${code}`;
}

type Translate = (key: string, vars?: Record<string, string | number>) => string;

export function describeInvite(t: Translate, invite: Pick<InviteRow, "scope" | "place" | "uses" | "maxUses" | "expiresAt">, lang: string): string {
  return t("admin-invite-line", {
    role: roleLabel(t, invite.scope.role),
    place: invite.place ? esc(invite.place) : "-",
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
    keyboard.text(t("admin-revoke-invite", { n: first + index + 1 }), ADMIN_DATA.revokeInvite(invite.id, shown.page));
    if (index % 2 === 1) keyboard.row();
  });
  keyboard.row();
  addPager(keyboard, shown, ADMIN_DATA.invitesPagePrefix);
  keyboard.row().text(t("button-back"), ADMIN_DATA.back);
  const text = all.length ? `${t("admin-invites-title", { count: all.length })}\n\n${lines.join("\n\n")}` : t("admin-invites-empty");
  return { text, keyboard };
}
