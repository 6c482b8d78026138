// A person's reminder settings: a switch per kind (a NudgePreference row; none means the kind's
// default), their own time zone (none: their municipality's) and their own quiet hours (none:
// the bot's). Plain rules on the database; the nudge planner reads the same columns.
import type { QuietHours } from "../../core/quiet-hours.ts";
import type { Db } from "../../db/client.ts";
import { TIMEZONES } from "../directory/timezones.ts";
import { REMINDER_KINDS, reminderKind } from "./nudges-kinds.ts";

/** Switches one kind on or off; false (nothing stored) for a kind the bot does not have. */
export async function setNudgePreference(db: Db, userId: number, kind: string, enabled: boolean): Promise<boolean> {
  if (!reminderKind(kind)) return false;
  await db.nudgePreference.upsert({ where: { userId_kind: { userId, kind } }, create: { userId, kind, enabled }, update: { enabled } });
  return true;
}

/** Whether the person gets each kind: their choice, else the kind's default. */
export async function nudgeChoices(db: Db, userId: number): Promise<Map<string, boolean>> {
  const rows = await db.nudgePreference.findMany({ where: { userId }, select: { kind: true, enabled: true } });
  const chose = new Map(rows.map((row) => [row.kind, row.enabled]));
  return new Map(REMINDER_KINDS.map((kind) => [kind.name, chose.get(kind.name) ?? kind.defaultOn]));
}

/** Their own zone, one of those offered; null goes back to their municipality's. False for a zone not offered. */
export async function setTimezone(db: Db, userId: number, zone: string | null): Promise<boolean> {
  if (zone !== null && !TIMEZONES.includes(zone)) return false;
  await db.user.update({ where: { id: userId }, data: { timezone: zone } });
  return true;
}

/** Their own quiet hours (equal ends: none at all); null goes back to the bot's. */
export async function setQuietHours(db: Db, userId: number, hours: QuietHours | null): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { quietFrom: hours?.from ?? null, quietUntil: hours?.until ?? null } });
}

export type TimeSettings = {
  /** Chosen in /settings; null: the municipality's. */
  ownZone: string | null;
  municipalityZone: string | null;
  /** Their own; null: the bot's. */
  ownQuietHours: QuietHours | null;
};

export async function timeSettings(db: Db, userId: number): Promise<TimeSettings> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { timezone: true, quietFrom: true, quietUntil: true, municipality: { select: { timezone: true } } },
  });
  return {
    ownZone: user.timezone,
    municipalityZone: user.municipality?.timezone ?? null,
    ownQuietHours: user.quietFrom !== null && user.quietUntil !== null ? { from: user.quietFrom, until: user.quietUntil } : null,
  };
}
