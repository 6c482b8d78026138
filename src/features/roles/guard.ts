import type { NextFunction } from "grammy";
import type { Context } from "../../bot/context.ts";
import { can, type Permission } from "./permissions.ts";

/**
 * Lets a button through only to someone holding `permission`, read from this update's member (so
 * access ends with the role); anyone else gets "not allowed" and nothing is read or changed.
 */
export function onlyWith(permission: Permission) {
  return async (ctx: Context, next: NextFunction): Promise<void> => {
    if (can(ctx.member, permission)) return next();
    await ctx.answerCallbackQuery({ text: ctx.t("error-not-allowed"), show_alert: true });
  };
}
