/** Rules for what a person types about themselves; pure, so both flows and tests share them. */

export type NameCheck = { ok: true; value: string } | { ok: false; rule: "name-length" | "name-letters" };

export const NAME_MIN = 2;
export const NAME_MAX = 100;

export function checkFullName(raw: string): NameCheck {
  const value = raw.normalize("NFC").replace(/\s+/g, " ").trim();
  if (value.length < NAME_MIN || value.length > NAME_MAX) return { ok: false, rule: "name-length" };
  if (!/^[\p{L}\p{M}]+(?:[ -][\p{L}\p{M}]+)*$/u.test(value)) return { ok: false, rule: "name-letters" };
  return { ok: true, value };
}

export const EXPERIENCE_MAX = 60;

export function parseExperience(raw: string): number | null {
  const match = /^\s*(\d{1,2})\s*$/.exec(raw);
  if (!match) return null;
  const years = Number(match[1]);
  return years <= EXPERIENCE_MAX ? years : null;
}
