import type { Context } from "../../bot/context.ts";
import { loadPerson, type Person } from "./audience.ts";

/** The person behind the update, as event audiences and times need them. */
export async function personOf(ctx: Context): Promise<Person | null> {
  return ctx.actor ? loadPerson(ctx.deps.db, ctx.actor.userId, { bootstrapAdmin: ctx.actor.bootstrapAdmin }) : null;
}
