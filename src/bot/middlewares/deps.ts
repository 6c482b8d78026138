import type { Middleware } from "grammy";
import type { Context, Deps } from "../context.ts";
import { loadActor } from "../../features/profile/service.ts";

/** Puts the bot's dependencies (with a logger bound to the update) and the person on the context. */
export function attachDeps(deps: Deps): Middleware<Context> {
  return async (ctx, next) => {
    ctx.deps = { ...deps, logger: deps.logger.child({ update_id: ctx.update.update_id }) };
    ctx.actor = ctx.from && !ctx.from.is_bot ? await loadActor(deps.db, BigInt(ctx.from.id), deps.config.adminIds) : null;
    await next();
  };
}
