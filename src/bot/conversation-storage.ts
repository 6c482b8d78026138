import type { VersionedState, VersionedStateStorage } from "@grammyjs/conversations";
import type { Db } from "../db/client.ts";

/** Keeps conversation state in the database, so an interrupted flow survives a restart. */
export function conversationStorage<S>(db: Db): VersionedStateStorage<string, S> {
  return {
    async read(key) {
      const row = await db.conversationState.findUnique({ where: { key } });
      return row ? (JSON.parse(row.value) as VersionedState<S>) : undefined;
    },
    async write(key, state) {
      const value = JSON.stringify(state);
      await db.conversationState.upsert({ where: { key }, create: { key, value }, update: { value } });
    },
    async delete(key) {
      await db.conversationState.deleteMany({ where: { key } });
    },
  };
}

/** One conversation slot per private chat. */
export function conversationKey(chatId: number | bigint): string {
  return `chat:${chatId}`;
}
