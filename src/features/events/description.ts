import { esc } from "../../bot/html.ts";
import { clip } from "./card-text.ts";

/** Room for the description in one message, under Telegram's 4,096 with the title above it. */
const PART_MAX = 3500;

/**
 * An event's whole description, as the messages that carry it: the title in bold, then the text,
 * split (between paragraphs, else between words) into as many messages as it needs, so no part
 * of it is ever cut away.
 */
export function descriptionMessages(event: { title: string; description: string }): string[] {
  const parts: string[] = [];
  let rest = event.description.trim();
  while (rest.length > PART_MAX) {
    const window = rest.slice(0, PART_MAX);
    const paragraph = window.lastIndexOf("\n");
    const word = window.lastIndexOf(" ");
    const end = paragraph > PART_MAX / 2 ? paragraph : word > PART_MAX / 2 ? word : PART_MAX;
    parts.push(rest.slice(0, end).trimEnd());
    rest = rest.slice(end).trimStart();
  }
  parts.push(rest);
  const title = `<b>${esc(clip(event.title, 300))}</b>`;
  return parts.map((part, index) => (index === 0 ? `${title}\n\n${esc(part)}` : esc(part)));
}
