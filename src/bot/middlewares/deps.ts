import type { Middleware } from "grammy";
import type { Context, Deps } from "../context.ts";
import { loadMember } from "../../core/member.ts";

/** Puts the bot's dependencies (with a logger bound to the update) and the person on the context. */
export function attachDeps(deps: Deps): Middleware<Context> {
  return async (ctx, next) => {
    ctx.deps = { ...deps, logger: deps.logger.child({ update_id: ctx.update.update_id }) };
    await reloadMember(ctx);
    await next();
  };
}

/** Loads the person behind the update (again, after a handler changed what they are). */
export async function reloadMember(ctx: Context): Promise<void> {
  const { db, config, clock } = ctx.deps;
  const telegramId = ctx.from && !ctx.from.is_bot ? BigInt(ctx.from.id) : null;
  ctx.member = telegramId === null ? null : await loadMember(db, { telegramId }, { adminIds: config.adminIds, now: clock.now() });
}
