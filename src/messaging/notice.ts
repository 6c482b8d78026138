// What an outbox row sends: a locale key with its arguments and buttons, rendered when it is sent
// in the recipient's language and time zone (they may have changed them since it was queued).
import { z } from "zod";

const arg = z.union([
  z.string(),
  z.number(),
  /** A moment in words in the recipient's zone, with the zone's name: "четверг, 5 декабря 2026, 15:00 (Омск)". */
  z.object({ when: z.iso.datetime() }),
  /** A calendar day in words in the recipient's language, with no time or zone: "20 декабря 2026" (a plan's deadline). */
  z.object({ day: z.iso.date() }),
  /** Another locale string, translated in the recipient's language. */
  z.object({ key: z.string() }),
]);

export const buttonSchema = z.union([
  z.object({ key: z.string(), data: z.string().max(64) }),
  z.object({ key: z.string(), url: z.url() }),
  /** A label the author wrote (an announcement's link), shown as it is in every language. */
  z.object({ label: z.string().min(1).max(64), url: z.url() }),
]);

export type NoticeButton = z.input<typeof buttonSchema>;

export const noticeSchema = z.object({
  key: z.string(),
  args: z.record(z.string(), arg).default({}),
  buttons: z.array(z.array(buttonSchema)).default([]),
});

export type Notice = z.input<typeof noticeSchema>;
export type NoticeArg = z.infer<typeof arg>;
