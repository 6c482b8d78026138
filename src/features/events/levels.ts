/**
 * Contests: the level one is held at and the results its participants get. Reports count
 * participation by level, so a contest made from a plan measure starts with the level the plan
 * implies, which the organiser can change.
 */

export const EVENT_LEVELS = ["school", "municipal", "regional", "federal"] as const;
export type EventLevel = (typeof EVENT_LEVELS)[number];

export function isEventLevel(value: string | null): value is EventLevel {
  return value !== null && (EVENT_LEVELS as readonly string[]).includes(value);
}

/** A contest's outcome for one attendee; stored as null for "participant" (see attendance.ts). */
export const CONTEST_RESULTS = ["participant", "prize-winner", "winner"] as const;
export type ContestResult = (typeof CONTEST_RESULTS)[number];

/**
 * The words of each level, matched at the start of a word. "Федеральный государственный
 * стандарт" and "федеральная образовательная программа" name documents, not a level, and
 * "краеведческий" is local history; school words count only when they qualify the contest
 * itself ("школьный этап", "внутришкольный конкурс"): "конкурс школьных театров" says who takes
 * part, not where.
 */
const LEVEL_WORDS: [EventLevel, RegExp][] = [
  ["federal", /(?<![а-яё])(?:всероссийск|федеральн(?![а-яё]*\s+(?:государствен|образовательн|программ|проект|стандарт|закон)))/iu],
  ["regional", /(?<![а-яё])(?:межрегиональн|регионал|областн|краев(?!ед)|республиканск)/iu],
  ["municipal", /(?<![а-яё])(?:межмуниципальн|муниципальн|районн|городск)/iu],
  ["school", /(?<![а-яё])(?:внутришкольн|школьн[а-яё]*\s+(?:этап|конкурс|олимпиад|уров|тур))/iu],
];

/** "<level> этап": the stage named outranks the contest's own level ("муниципальный этап всероссийского конкурса"). */
const STAGE = /(?<![а-яё])(всероссийск|федеральн|регионал|областн|краев|республиканск|муниципальн|районн|городск|школьн)[а-яё]*\s+этап/iu;
const STAGE_LEVEL: Record<string, EventLevel> = {
  всероссийск: "federal",
  федеральн: "federal",
  регионал: "regional",
  областн: "regional",
  краев: "regional",
  республиканск: "regional",
  муниципальн: "municipal",
  районн: "municipal",
  городск: "municipal",
  школьн: "school",
};

/**
 * The level a text names: the stage it names, else the level word that comes first; null when
 * it names none.
 */
export function levelFromWords(text: string): EventLevel | null {
  const stage = STAGE.exec(text);
  if (stage) return STAGE_LEVEL[stage[1]!.toLowerCase()]!;
  let first: { level: EventLevel; at: number } | null = null;
  for (const [level, pattern] of LEVEL_WORDS) {
    const found = pattern.exec(text);
    if (found && (first === null || found.index < first.at)) first = { level, at: found.index };
  }
  return first?.level ?? null;
}

/** What deriving a level reads of a plan measure. */
export type MeasureForLevel = { title: string; form: string | null; plan: { municipalityId: number | null; regionId: number | null } };

/**
 * A contest's level from its plan measure: the words of its title, then of its form; otherwise
 * the plan's territory (a municipality's plan: municipal; a region's: regional); null when the
 * plan says nothing either way.
 */
export function deriveEventLevel(measure: MeasureForLevel): EventLevel | null {
  const said = levelFromWords(measure.title) ?? (measure.form ? levelFromWords(measure.form) : null);
  if (said) return said;
  if (measure.plan.municipalityId !== null) return "municipal";
  return measure.plan.regionId !== null ? "regional" : null;
}
