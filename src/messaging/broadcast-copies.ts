// An announcement's content and buttons, read once per batch of its rows (never changed once it
// is sent), so 20,000 outbox rows carry an id instead of 20,000 copies of the message.
import type { Db } from "../db/client.ts";
import { copySchema, type MessageCopy } from "./copy.ts";
import { buttonSchema, type NoticeButton } from "./notice.ts";

export type Broadcast = { copy: MessageCopy; buttons: NoticeButton[][] };

const buttonRows = buttonSchema.array().array();
/** Announcements being sent at once are few; past this the cache starts afresh. */
const KEPT = 50;

export class BroadcastCopies {
  private readonly known = new Map<number, Broadcast | null>();

  /** The broadcasts these rows copy, by id; a broadcast that cannot be read is missing (its rows fail). */
  async load(db: Db, rows: readonly { broadcastId: number | null }[]): Promise<Map<number, Broadcast>> {
    const wanted = [...new Set(rows.flatMap((row) => (row.broadcastId === null ? [] : [row.broadcastId])))];
    const missing = wanted.filter((id) => !this.known.has(id));
    if (missing.length) {
      if (this.known.size + missing.length > KEPT) this.known.clear();
      const found = await db.broadcast.findMany({ where: { id: { in: missing } }, select: { id: true, content: true, buttons: true } });
      for (const broadcast of found) this.known.set(broadcast.id, parse(broadcast.content, broadcast.buttons));
    }
    const loaded = new Map<number, Broadcast>();
    for (const id of wanted) {
      const broadcast = this.known.get(id);
      if (broadcast) loaded.set(id, broadcast);
    }
    return loaded;
  }
}

function parse(content: string, buttons: string): Broadcast | null {
  try {
    return { copy: copySchema.parse(JSON.parse(content)), buttons: buttonRows.parse(JSON.parse(buttons)) };
  } catch {
    return null;
  }
}
