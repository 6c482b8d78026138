/**
 * One executor cell as the bodies it names, as written: split at commas, semicolons and the "/"
 * between the responsible executor and co-executors, outside quotes and brackets; a participle
 * phrase, a person's post and "(по согласованию)" stay with the name before them.
 */
import { endsWithPerson, isPost, namesPeople } from "./executor-words.ts";

const HEREAFTER = /\(\s*далее\s*[-–—]?\s*([^()]+?)\s*\)/;
const BRACKETED_ABBREVIATION = /\(\s*([А-ЯЁA-Z]{2,})\s*\)/g;
export const BY_AGREEMENT = /\(\s*по\s+согласованию\s*\)/i;
const BY_AGREEMENT_ALONE = /^\(\s*по\s+согласованию\s*\)$/i;

// A participle after a comma describes the body before it ("общеобразовательные организации,
// расположенные на территории …"); "-ственные" adjectives ("подведомственные") are not participles.
const PARTICIPLE = /^(?![а-яё]*ственн)[а-яё]+(?:ющ|ящ|ущ|ащ|вш|енн|ённ|анн|янн)(?:ие|ий|ая|ее|ое|ые|ых|ей|его|ую|ым|ими)(?![а-яё])/;

/** Indexes of the characters `isSeparator` accepts outside brackets and quotes. */
function topLevelIndexes(text: string, isSeparator: (index: number) => boolean): number[] {
  const indexes: number[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === "(" || char === "«") depth++;
    else if ((char === ")" || char === "»") && depth > 0) depth--;
    else if (depth === 0 && isSeparator(i)) indexes.push(i);
  }
  return indexes;
}

function cutAt(text: string, indexes: number[]): string[] {
  const bounds = [-1, ...indexes, text.length];
  return bounds.slice(1).map((end, i) => text.slice(bounds[i]! + 1, end).trim());
}

/**
 * "/" separates executors ("ИРООО / МОУО", "ДОО/ОО", "Руководители РМО / ОО"), except one written
 * without spaces inside a group of people, which joins alternatives ("учителя-логопеды ДОО/ОО",
 * "заместители директоров по УВР/УМР"), and one between digits ("№ 1/2").
 */
function splitAtSlashes(part: string): string[] {
  const slashes = topLevelIndexes(part, (i) => part[i] === "/" && !/\d\/\d/.test(part.slice(i - 1, i + 2)));
  const pieces: string[] = [];
  let start = 0;
  for (const slash of slashes) {
    const before = part.slice(start, slash);
    const spaced = /\s/.test(part[slash - 1] ?? "") || /\s/.test(part[slash + 1] ?? "");
    if (!spaced && namesPeople(before)) continue;
    pieces.push(before.trim());
    start = slash + 1;
  }
  pieces.push(part.slice(start).trim());
  return pieces;
}

/** Whether `abbreviation` takes its letters in order from the initials of `name`'s words, from the first. */
function abbreviates(abbreviation: string, name: string): boolean {
  const initials = name
    .split(/[\s-]+/)
    .map((word) => word.replace(/^[^а-яёa-z0-9]+/i, "")[0]?.toLowerCase())
    .filter((initial) => initial !== undefined);
  const letters = abbreviation.toLowerCase();
  if (initials[0] !== letters[0]) return false;
  let next = 0;
  for (const initial of initials) if (initial === letters[next]) next++;
  return next === letters.length;
}

/**
 * Where an item defines an abbreviation: "(далее – ИРООО)", or an abbreviation in brackets after
 * the name it abbreviates ("«Центр непрерывного повышения …» (ЦНППМ)"), not "руководители ОО (ШМО)".
 */
export function definitionIn(item: string): { abbreviation: string; index: number; end: number } | null {
  const bracketed = [...item.matchAll(BRACKETED_ABBREVIATION)].filter((match) => abbreviatesNameBefore(item, match));
  const hereafter = HEREAFTER.exec(item);
  const first = [...(hereafter ? [hereafter] : []), ...bracketed].sort((a, b) => a.index - b.index)[0];
  return first ? { abbreviation: first[1]!, index: first.index, end: first.index + first[0].length } : null;
}

function abbreviatesNameBefore(item: string, match: RegExpExecArray): boolean {
  const name = item.slice(0, match.index);
  const properName = /«([^«»]+)»?\s*$/.exec(name)?.[1];
  return abbreviates(match[1]!, name) || (properName !== undefined && abbreviates(match[1]!, properName));
}

/** A definition closes a name, so text after it names the next body: "… (далее – ОО) ИРООО". */
function splitAfterDefinitions(item: string): string[] {
  const parts: string[] = [];
  let rest = item;
  for (let found = definitionIn(rest); found; found = definitionIn(rest)) {
    let end = found.end;
    end += /^\s*\(\s*по\s+согласованию\s*\)/i.exec(rest.slice(end))?.[0].length ?? 0;
    const tail = rest.slice(end).trim();
    if (tail === "") break;
    parts.push(rest.slice(0, end).trim());
    rest = tail;
  }
  parts.push(rest);
  return parts;
}

/** The bodies one cell names, as written. */
export function splitExecutorCell(text: string): string[] {
  const parts = cutAt(text, topLevelIndexes(text, (i) => text[i] === "," || text[i] === ";"))
    .flatMap(splitAtSlashes)
    .filter((part) => part !== "");
  return joinQualifiers(parts).flatMap(splitAfterDefinitions);
}

/** The bodies a cell that comes in pieces names: "(по согласованию)" alone on a piece after a page break belongs to the body before. */
export const splitExecutorCells = (cellTexts: readonly string[]): string[] => joinQualifiers(cellTexts.flatMap(splitExecutorCell));

/** A participle phrase, a person's post and "(по согласованию)" join the name before them. */
function joinQualifiers(parts: string[]): string[] {
  const items: string[] = [];
  for (const part of parts) {
    const last = items.at(-1);
    if (last !== undefined && BY_AGREEMENT_ALONE.test(part)) items[items.length - 1] = `${last} ${part}`;
    else if (last !== undefined && (PARTICIPLE.test(part) || (isPost(part) && endsWithPerson(last)))) items[items.length - 1] = `${last}, ${part}`;
    else items.push(part);
  }
  return items;
}

/**
 * The head of an executor cell that continues the previous measure's last executor after a page
 * break ("на территории Омской области (далее – ОО)" of "… ОО) ИРООО, МОУО"), or null when the
 * cell names one body only.
 */
export function leadingExecutorFragment(text: string): { carried: string; rest: string } | null {
  const [carried, ...rest] = splitExecutorCell(text);
  return carried && rest.length > 0 ? { carried, rest: rest.join(", ") } : null;
}
