import { callbackCodec } from "../bot/callback-codec.ts";

/** A kind's name as it sits in callback data. */
const kindName = { source: "[a-z-]{1,24}", maxLength: 24, read: (text: string) => text, write: (value: string) => value };

/** The "mute this kind" button every nudge carries; /settings answers it. */
export const NUDGE_DATA = {
  mute: callbackCodec("ng:mute", kindName),
  unmute: callbackCodec("ng:unmute", kindName),
};
