/**
 * The plan's header: its title, the body that issued it, the order's number and date.
 *
 * Title: the attachment's own heading — the last paragraph before the measures table that starts
 * with "План"/"ПЛАН" (a lone "ПЛАН" takes the paragraph after it), "Комплекс мер", "Дорожная
 * карта", "Программа" or "Перечень мероприятий" and names the plan's period ("на 2020 – 2024
 * годы", "до 2020 года"), less "(далее – …)" and a closing full stop. Failing that, the order's
 * subject ("Об утверждении Плана …" → "План …"); failing that, the document's first line.
 *
 * Number: as the order prints it with quotes and spaces dropped, so "№ 209 «Б»" is "209Б".
 */
import { monthNumber, isValidDay, isoDay, type PlanPeriod } from "./dates.ts";
import { planPeriod } from "./period.ts";
import { recase } from "./recase.ts";
import { capitaliseFirst, cleanText, isMostlyUpperCase } from "./text.ts";
import type { ParsedPlan } from "./types.ts";

type PlanHeader = Omit<ParsedPlan["plan"], "period"> & { period: PlanPeriod | null };

const DOCUMENT_KIND = /^(?:РАСПОРЯЖЕНИЕ|ПРИКАЗ|ПОСТАНОВЛЕНИЕ|РЕШЕНИЕ|УКАЗ)$/i;
const SUBJECT = /^«?\s*Об?\s+утверждени[иея]\s+/i;
const HEADING = /^(?:план|комплекс мер|дорожная карта|программа|перечень мероприятий)(?![а-яё])/i;
const NAMES_PERIOD = /(?:^|\s)(?:на|до)\s+(?:период\s+)?(?:до\s+)?\d{4}|\d{4}\s*[-–—/]\s*\d{4}|учебн/i;
const ATTACHMENT_LINE = /^от\s+(.+?)\s*№\s*(\S.*)$/;
// The head noun of an order's subject, genitive as "Об утверждении" governs it, and its nominative.
const SUBJECT_HEADS: [RegExp, string][] = [
  [/^плана/i, "План"],
  [/^комплекса/i, "Комплекс"],
  [/^программы/i, "Программа"],
  [/^дорожной карты/i, "Дорожная карта"],
];
const HEADER_SEARCH_LINES = 40;
const DATE_SEARCH_LINES = 12;

/** "26.06.2020", "от 16.09.2021 г.", "31 декабря 2020 г." → YYYY-MM-DD. */
function documentDate(text: string): string | null {
  const numeric = /(\d{1,2})\.(\d{1,2})\.(\d{4})/.exec(text);
  const worded = /(\d{1,2})\s+([а-яё]+)\s+(\d{4})/i.exec(text);
  const [day, month, year] = numeric
    ? [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])]
    : worded
      ? [Number(worded[1]), monthNumber(worded[2]!.toLocaleLowerCase("ru")) ?? 0, Number(worded[3])]
      : [0, 0, 0];
  return isValidDay(year, month, day) ? isoDay(year, month, day) : null;
}

const documentNumber = (written: string): string => written.replace(/[«»"'\s]/g, "");

/** Paragraphs of plain lines (no tabs) before the table. */
function paragraphsBefore(cleaned: readonly string[], rawLines: readonly string[]): string[] {
  const paragraphs: string[] = [];
  let inParagraph = false;
  for (const [line, text] of cleaned.entries()) {
    if (text === "" || rawLines[line]!.includes("\t")) {
      inParagraph = false;
      continue;
    }
    if (inParagraph) paragraphs[paragraphs.length - 1] += ` ${text}`;
    else paragraphs.push(text);
    inParagraph = true;
  }
  return paragraphs;
}

function attachmentHeading(paragraphs: readonly string[]): string | null {
  for (let index = paragraphs.length - 1; index >= 0; index--) {
    const text = paragraphs[index]!;
    const next = paragraphs[index + 1];
    if (/^план$/i.test(text) && next) return `${text} ${next}`;
    if (HEADING.test(text) && NAMES_PERIOD.test(text)) return text;
  }
  return null;
}

function tidyTitle(title: string, lines: readonly string[]): string {
  const text = title
    .replace(/\s*\(далее[^)]*\)/g, "")
    .replace(/^ПЛАН(?![А-ЯЁ])/, "План")
    .replace(/[\s.:;]+$/, "");
  return isMostlyUpperCase(text) ? recase(text, lines) : text;
}

function titleFromSubject(subject: string): string {
  const text = subject.replace(SUBJECT, "").replace(/^[«"\s]+|[»"\s.]+$/g, "");
  const head = SUBJECT_HEADS.find(([genitive]) => genitive.test(text));
  return capitaliseFirst(head ? text.replace(head[0], head[1]) : text);
}

/** The lines just above "РАСПОРЯЖЕНИЕ"/"ПРИКАЗ": the body that issues it. */
function issuerAbove(cleaned: readonly string[], kindLine: number, rawLines: readonly string[]): string | null {
  const block: string[] = [];
  for (let line = kindLine - 1; line >= 0; line--) {
    if (cleaned[line] !== "") block.unshift(cleaned[line]!);
    else if (block.length > 0) break;
  }
  const text = block.join(" ");
  if (text === "") return null;
  return isMostlyUpperCase(text) ? recase(text, rawLines) : text;
}

/** Date and number from the lines under the document's kind, up to its subject. */
function orderDateAndNumber(lines: readonly string[]): { date: string | null; number: string | null } {
  let date: string | null = null;
  let number: string | null = null;
  for (const line of lines) {
    date ??= documentDate(line);
    const written = /№\s*(\S.*)$/.exec(line)?.[1];
    if (written) number ??= documentNumber(written);
  }
  return { date, number };
}

export function readPlanHeader(rawLines: readonly string[], tableStart: number): PlanHeader {
  const end = tableStart < 0 ? rawLines.length : tableStart;
  const cleaned = rawLines.slice(0, end).map(cleanText);
  const kindLine = cleaned.slice(0, HEADER_SEARCH_LINES).findIndex((line) => DOCUMENT_KIND.test(line.replace(/\s/g, "")));
  const subjectLine = cleaned.findIndex((line) => SUBJECT.test(line));

  const issuer = kindLine > 0 ? issuerAbove(cleaned, kindLine, rawLines) : null;
  const stop = Math.min(subjectLine > kindLine ? subjectLine : end, kindLine + DATE_SEARCH_LINES);
  let { date, number } = kindLine >= 0 ? orderDateAndNumber(cleaned.slice(kindLine + 1, stop)) : { date: null, number: null };
  // A plan without its order still names it: "Приложение … от 24.04.2018 № 1079".
  const attachment = cleaned.map((line) => ATTACHMENT_LINE.exec(line)).find(Boolean);
  if (attachment) {
    date ??= documentDate(attachment[1]!);
    number ??= documentNumber(attachment[2]!);
  }

  const subject = subjectLine >= 0 ? cleaned[subjectLine]! : null;
  const heading = attachmentHeading(paragraphsBefore(cleaned, rawLines));
  const title = heading ? tidyTitle(heading, rawLines) : subject ? titleFromSubject(subject) : (cleaned.find((line) => line !== "") ?? "");
  const period = planPeriod([title, subject ?? ""], date ? Number(date.slice(0, 4)) : null);
  return { title, issuer, number, date, period };
}
