// Self-diagnosis, the methodologists' side: managing questionnaires (the taking side has its own files).
import type { MenuEntry } from "../../bot/main-menu.ts";
import type { Context } from "../../bot/context.ts";
import { can } from "../roles/permissions.ts";
import { questionnaireListScreen } from "./manage-screens.ts";

export { diagnosticsManageFeature } from "./manage-handlers.ts";
export { diagnosticsAggregatesFeature, diagnosticsAggregateMenuEntries } from "./aggregates-handlers.ts";

const manages = (ctx: Context) => can(ctx.member, "diagnostics.manage");

/** "🧭 Questionnaires", for methodologists and admins only (checked again on press). */
export const diagnosticsManageMenuEntries: MenuEntry[] = [
  { label: "diagnostics-manage-button", row: 55, order: 2, shows: manages, screen: async (ctx) => (manages(ctx) ? questionnaireListScreen(ctx) : null) },
];
