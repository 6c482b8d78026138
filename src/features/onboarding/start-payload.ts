import { isInviteCode } from "../roles/invites.ts";
import type { StartPayload } from "./conversation.ts";

/** Reads the deep-link parameter of /start: `event_<id>` or an invite code; anything else is ignored. */
export function parseStartPayload(raw: string): StartPayload & { unknown?: true } {
  const value = raw.trim();
  if (!value) return {};
  const event = /^event_(\d{1,9})$/.exec(value);
  if (event) return { eventId: Number(event[1]) };
  if (isInviteCode(value)) return { invite: value };
  return { unknown: true };
}
