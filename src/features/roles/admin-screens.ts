import { InlineKeyboard } from "grammy";
import type { Context } from "../../bot/context.ts";
import { esc } from "../../bot/html.ts";
import { PAGE_SIZE, addPager } from "../../bot/paginate.ts";
import { formatDate } from "../../i18n/dates.ts";
import { listActiveInvites, type InviteRow } from "./invites.ts";
import { roleLabel } from "./labels.ts";
import { listGrants } from "./service.ts";

/** Callback data of the admin list screens; handled in ./index.ts after a permission check. */
export const ADMIN_DATA = {
  back: "adm:back",
  rolesPage: (page: number) => `adm:rg:p:${page}`,
  revokeGrant: (grantId: number, page: number) => `adm:rg:rv:${grantId}:${page}`,
  invites: "adm:iv",
  revokeInvite: (inviteId: number) => `adm:iv:rv:${inviteId}`,
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
  addPager(keyboard, { items: rows, page: current, pages }, "adm:rg:p:");
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

export async function invitesScreen(ctx: Context): Promise<AdminScreen> {
  const t = ctx.t.bind(ctx);
  const lang = await ctx.i18n.getLocale();
  const invites = await listActiveInvites(ctx.deps.db, new Date());
  const keyboard = new InlineKeyboard();
  const lines = invites.map(
    (invite, index) => `${index + 1}. ${describeInvite(t, invite, lang)}\n${inviteLink(ctx.me.username, invite.code)}`,
  );
  invites.forEach((invite, index) => {
    keyboard.text(t("admin-revoke-invite", { n: index + 1 }), ADMIN_DATA.revokeInvite(invite.id));
    if (index % 2 === 1) keyboard.row();
  });
  keyboard.row().text(t("button-back"), ADMIN_DATA.back);
  const text = invites.length ? `${t("admin-invites-title", { count: invites.length })}\n\n${lines.join("\n\n")}` : t("admin-invites-empty");
  return { text, keyboard };
}
