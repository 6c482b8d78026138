/**
 * Executors: a cell becomes a list of bodies; an abbreviation the document defines
 * ("… «Институт развития образования Омской области» (далее – ИРООО)") becomes that body's name.
 *
 * The canonical executor string: the body's full name with its first letter capitalised; when the
 * name is a spelled-out legal form followed by a quoted proper name ("бюджетное образовательное
 * учреждение … «Институт развития образования Омской области»"), the quoted name alone, since
 * plans word and capitalise the legal form differently while the proper name stays the same.
 * "(по согласованию)" stays after the name of the body, group or person that takes part by agreement.
 */
import { BY_AGREEMENT, definitionIn, splitExecutorCell, splitExecutorCells } from "./executor-cell.ts";
import { namesPeople } from "./executor-words.ts";
import { capitaliseFirst } from "./text.ts";

export { leadingExecutorFragment, splitExecutorCell } from "./executor-cell.ts";

function bareName(item: string): string {
  const definition = definitionIn(item);
  const name = definition ? item.slice(0, definition.index) + item.slice(definition.end) : item;
  return name
    .replace(BY_AGREEMENT, "")
    .replace(/\s+/g, " ")
    .replace(/^[\s.,;:–-]+|[\s,;:–-]+$/g, "")
    .replace(/(?<=[а-яё]{2})\.$/, ""); // a full stop ends a sentence, not "Быкова Э.Я."
}

export function canonicalName(name: string): string {
  // «ЦФЭХИМОС О»: a space inside a quoted abbreviation is a line break, not a word boundary.
  const joined = name.replace(/«([А-ЯЁA-Z ]+)»/g, (_whole, inner: string) => `«${inner.replace(/ /g, "")}»`);
  const properName = /^(?:[^«]*учреждени[^«]*)?«([^«»]+)»$/i.exec(joined)?.[1];
  return capitaliseFirst(properName ?? joined);
}

const wordsOf = (text: string) => text.split(" ");
const startsCapital = (word: string | undefined) => word !== undefined && /^[А-ЯЁA-Z«]/.test(word);

/** The longest known body (fewer words than the whole item) that starts at word `at`, in words. */
function longestKnownAt(words: string[], at: number, known: string[][]): number {
  let longest = 0;
  for (const candidate of known) {
    if (candidate.length <= longest || candidate.length >= words.length || at + candidate.length > words.length) continue;
    if (candidate.every((word, offset) => words[at + offset] === word)) longest = candidate.length;
  }
  return longest;
}

const continuesBody = (body: string[], piece: string[]) =>
  !startsCapital(piece[0]) || piece[0]!.startsWith("«") || namesPeople(body.join(" "));

/**
 * Cells whose lines were joined without a comma: "Управление образования МКУ «ЦФЭХИМОСО» ОО",
 * "ОО ГИМЦ РО ОО". Split where a body the plan names elsewhere on its own begins; a piece that does
 * not start with a capital is no new body and stays with the one before, and an item that starts
 * in lower case ("руководители ГИМЦ") names one body. Once a piece names people, what follows is
 * whose they are ("Учителя-логопеды ДОО", "Иванов И.И. – методист ИМЦ"), not a new body; a quoted
 * name is the name of the legal form before it ("ГАУ ДПО «Центр …»").
 */
function splitLineJoins(item: string, known: string[][]): string[] {
  const words = wordsOf(item);
  const pieces: string[][] = [];
  let loose: string[] = [];
  for (let at = 0; at < words.length; ) {
    const length = longestKnownAt(words, at, known);
    if (length === 0) {
      loose.push(words[at]!);
      at++;
      continue;
    }
    if (loose.length > 0) pieces.push(loose);
    pieces.push(words.slice(at, at + length));
    loose = [];
    at += length;
  }
  if (loose.length > 0) pieces.push(loose);
  if (!startsCapital(pieces[0]?.[0])) return [item]; // "руководители ГИМЦ": one body
  const merged: string[][] = [];
  for (const piece of pieces) {
    const last = merged.at(-1);
    if (last && continuesBody(last, piece)) last.push(...piece);
    else merged.push([...piece]);
  }
  return merged.map((piece) => piece.join(" "));
}

/**
 * Bodies that are single names: known items that no shorter known items split. Shortest first, so
 * "Управление образования МКУ «ЦФЭХИМОСО»" is found to be two bodies before it could split others.
 */
function singleBodies(items: Iterable<string>): string[][] {
  const candidates = [...new Set(items)].filter((item) => startsCapital(item)).map(wordsOf);
  candidates.sort((a, b) => a.length - b.length);
  const bodies: string[][] = [];
  for (const words of candidates) {
    if (splitLineJoins(words.join(" "), bodies).length === 1) bodies.push(words);
  }
  return bodies;
}

type ExecutorResolver = (cellTexts: readonly string[]) => string[];

/** Learns the plan's definitions and bodies from all its executor cells, then resolves each measure's. */
export function executorResolver(allCellTexts: readonly string[]): ExecutorResolver {
  const items = allCellTexts.flatMap(splitExecutorCell);
  const definitions = new Map<string, string>();
  for (const item of items) {
    const abbreviation = definitionIn(item)?.abbreviation;
    if (abbreviation && !definitions.has(abbreviation)) definitions.set(abbreviation, canonicalName(bareName(item)));
  }
  const bodies = singleBodies(items.map(bareName));
  const resolve = (item: string) => {
    const bare = bareName(item);
    const name = definitions.get(bare) ?? canonicalName(bare);
    return BY_AGREEMENT.test(item) ? `${name} (по согласованию)` : name;
  };
  return (cellTexts) => {
    const resolved = splitExecutorCells(cellTexts)
      .flatMap((item) => splitLineJoins(item, bodies))
      .map(resolve)
      .filter((name) => name !== "");
    return [...new Set(resolved)];
  };
}
