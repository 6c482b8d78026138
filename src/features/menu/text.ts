import type { Context } from "../../bot/context.ts";

export function mainMenuText(ctx: Context): string {
  return ctx.t("menu-main-title");
}
