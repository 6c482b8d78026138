// The rows of a spreadsheet of practices to practices: columns found by their header words (Russian
// or English, in any order), subjects and areas by their codes, their names or Russian words.
import { competencyAreas } from "../plans/parser/classify.ts";
import { readPlanAudience } from "../plans/parser/audience.ts";
import type { CompetencyArea } from "../plans/parser/types.ts";
import { cut } from "../plans/words.ts";
import { isSubject, type Subject } from "../profile/subjects.ts";
import { checkLink, DESCRIPTION_MAX, isArea, TITLE_MAX, CLASS_LEVEL_MAX } from "./rules.ts";

export type ImportedPractice = {
  title: string;
  description: string;
  subject: Subject | null;
  area: CompetencyArea | null;
  classLevel: string | null;
  link: string | null;
  authorName: string | null;
};

/** What the file held: the practices, and how many rows were skipped or lost a value. */
export type ImportedRows = { practices: ImportedPractice[]; noTitle: number; unknownSubject: number; unknownArea: number; badLink: number };

/** Names of subjects and areas as people write them (the bot's own labels), folded. */
export type Vocabulary = { subjects: ReadonlyMap<string, Subject>; areas: ReadonlyMap<string, CompetencyArea> };

type Column = keyof Omit<ImportedPractice, "authorName"> | "author";

const HEADERS: Record<Column, string[]> = {
  title: ["title", "name", "practice", "название", "наименование", "тема", "название практики", "наименование практики", "практика"],
  description: ["description", "summary", "описание", "краткое описание", "аннотация", "содержание", "описание практики"],
  subject: ["subject", "предмет", "учебный предмет"],
  area: ["area", "competency", "competency area", "компетенция", "область", "направление", "область компетенций", "компетентность"],
  classLevel: ["class", "classes", "class level", "grade", "grades", "level", "класс", "классы", "уровень", "уровень образования", "параллель"],
  link: ["link", "url", "ссылка", "адрес", "ссылка на материалы"],
  author: ["author", "автор", "фио", "фио автора", "автор практики", "разработчик"],
};

/** Lower case, ё as е, spaces collapsed, no trailing colon or asterisk. */
export const fold = (text: string) => text.toLocaleLowerCase("ru").replaceAll("ё", "е").replace(/\s+/g, " ").replace(/[\s:*.]+$/, "").trim();

type Layout = Partial<Record<Column, number>>;

function layoutOf(row: readonly string[]): Layout {
  const layout: Layout = {};
  row.forEach((cell, index) => {
    const column = (Object.keys(HEADERS) as Column[]).find((each) => HEADERS[each].includes(fold(cell)));
    if (column && layout[column] === undefined) layout[column] = index;
  });
  return layout;
}

/** The header: among the first rows, the first naming a title column and another. */
function findHeader(rows: readonly string[][]): { at: number; layout: Layout } | null {
  for (const [at, row] of rows.slice(0, 10).entries()) {
    const layout = layoutOf(row);
    if (layout.title !== undefined && Object.keys(layout).length >= 2) return { at, layout };
  }
  return null;
}

function subjectOf(cell: string, vocabulary: Vocabulary): Subject | null {
  const text = fold(cell);
  if (isSubject(text)) return text;
  const named = vocabulary.subjects.get(text) ?? readPlanAudience(text).subjects;
  return typeof named === "string" ? named : named.length === 1 ? named[0]! : null;
}

function areaOf(cell: string, vocabulary: Vocabulary): CompetencyArea | null {
  const text = fold(cell);
  if (isArea(text)) return text;
  const named = vocabulary.areas.get(text) ?? competencyAreas(text, null);
  return typeof named === "string" ? named : named.length === 1 ? named[0]! : null;
}

/** The practices of the rows, or null when no header names a title column. */
export function practicesOfRows(rows: readonly string[][], vocabulary: Vocabulary): ImportedRows | null {
  const header = findHeader(rows);
  if (!header) return null;
  const result: ImportedRows = { practices: [], noTitle: 0, unknownSubject: 0, unknownArea: 0, badLink: 0 };
  const cell = (row: readonly string[], column: Column) => {
    const index = header.layout[column];
    return index === undefined ? "" : (row[index] ?? "").trim();
  };
  for (const row of rows.slice(header.at + 1)) {
    if (row.every((value) => value.trim() === "")) continue;
    const title = cell(row, "title").replace(/\s+/g, " ");
    if (!title) {
      result.noTitle++;
      continue;
    }
    const [subjectText, areaText, linkText] = [cell(row, "subject"), cell(row, "area"), cell(row, "link")];
    const subject = subjectText ? subjectOf(subjectText, vocabulary) : null;
    const area = areaText ? areaOf(areaText, vocabulary) : null;
    const link = linkText ? checkLink(linkText) : null;
    if (subjectText && !subject) result.unknownSubject++;
    if (areaText && !area) result.unknownArea++;
    if (link && !link.ok) result.badLink++;
    const classLevel = cut(cell(row, "classLevel").replace(/\s+/g, " "), CLASS_LEVEL_MAX);
    const author = cut(cell(row, "author").replace(/\s+/g, " "), TITLE_MAX);
    result.practices.push({
      title: cut(title, TITLE_MAX),
      description: cut(cell(row, "description"), DESCRIPTION_MAX),
      subject,
      area,
      classLevel: classLevel || null,
      link: link?.ok ? link.value : null,
      authorName: author || null,
    });
  }
  return result;
}
