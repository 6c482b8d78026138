/**
 * The order around a plan sets deadlines of its own in its numbered paragraphs ("2. … ИРООО
 * обеспечить: … 2) представление … информации … в срок до 20 июня … и до 20 декабря"). Each
 * paragraph or sub-paragraph that names a deadline becomes an obligation of the body it addresses:
 * "П2.2" for sub-paragraph 2) of paragraph 2. Paragraphs without a deadline ("Контроль …
 * оставляю за собой") set none.
 */
import { nominativeOfAddressee } from "./addressee.ts";
import { capitaliseFirst, cleanText } from "./text.ts";

export type OrderObligation = { number: string; executor: string | null; title: string; schedule: string };

const DOCUMENT_KIND = /^(?:РАСПОРЯЖЕНИЕ|ПРИКАЗ|ПОСТАНОВЛЕНИЕ|РЕШЕНИЕ)$/i;
// Where the order ends and its attachment begins.
const ATTACHMENT = /^(?:приложение|утвержден|план(?![а-яё])|комплекс мер|дорожная карта)/i;
const PARAGRAPH = /^(\d{1,2})\.\s*(.+)$/;
const SUB_PARAGRAPH = /^(?:-\s*)?(\d{1,2})\)\s*(.+)$/;
const DEADLINE =
  /(?:(?:в\s+)?срок\s+)?(?:до|не\s+позднее)\s+(?:\d{1,2}\s+[а-яё]+|\d{1,2}\.\d{1,2}\.\d{4})|(?:ежегодно|ежеквартально|ежемесячно|ежеполугодно)(?![а-яё])/i;
// The first verb of an instruction: "обеспечить", "представить", "провести" (but not "области").
const INFINITIVE = /(?:^|\s)([а-яё]+(?:ить|ать|ять|еть|уть|ыть)|(?:про|в|при|пере|произ)вести|внести)(?=[\s:,]|$)/i;

type Paragraph = { number: string; text: string; subs: { number: string; text: string }[] };

function orderParagraphs(lines: readonly string[], end: number): Paragraph[] {
  const cleaned = lines.slice(0, end).map(cleanText);
  const start = cleaned.findIndex((line) => DOCUMENT_KIND.test(line.replace(/\s/g, "")));
  if (start < 0) return [];
  const paragraphs: Paragraph[] = [];
  for (const line of cleaned.slice(start + 1)) {
    if (ATTACHMENT.test(line)) break;
    const sub = SUB_PARAGRAPH.exec(line);
    const paragraph = PARAGRAPH.exec(line);
    if (sub && paragraphs.length > 0) paragraphs.at(-1)!.subs.push({ number: sub[1]!, text: sub[2]! });
    else if (paragraph) paragraphs.push({ number: paragraph[1]!, text: paragraph[2]!, subs: [] });
  }
  return paragraphs;
}

/**
 * "Руководителям ОО представить …" → the addressee and the instruction from its verb on; a
 * deadline written before the verb ("Методисту ИМЦ ежеквартально до 5 числа … обобщать …") is
 * taken out of the addressee.
 */
function splitInstruction(text: string): { addressee: string | null; instruction: string; deadlineBefore: string | null } {
  const body = text.replace(/^рекомендовать\s+/i, "");
  const verb = INFINITIVE.exec(body);
  // "2. Муниципальному казённому учреждению «…» (Соколова Т.В.):" — the addressee of the sub-paragraphs below.
  if (!verb && body.endsWith(":")) return { addressee: nominativeOfAddressee(withoutPersonInBrackets(body.slice(0, -1))), instruction: "", deadlineBefore: null };
  if (!verb) return { addressee: null, instruction: body, deadlineBefore: null };
  const at = verb.index + verb[0].indexOf(verb[1]!);
  let addressee = withoutPersonInBrackets(body.slice(0, at).replace(/[\s,:]+$/, ""));
  const deadline = DEADLINE.exec(addressee);
  const deadlineBefore = deadline ? addressee.slice(deadline.index).replace(/[\s,]+$/, "") : null;
  if (deadline) addressee = addressee.slice(0, deadline.index).replace(/[\s,]+$/, "");
  return { addressee: addressee === "" ? null : nominativeOfAddressee(addressee), instruction: body.slice(at), deadlineBefore };
}

/** "(Соколова Т.В.)" after a body names who answers for it there, not another executor. */
const withoutPersonInBrackets = (text: string) => text.replace(/\s*\([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ]\.\s*(?:[А-ЯЁ]\.)?\)/g, "").trim();

/** The instruction up to its deadline, and the deadline to the end of the sentence. */
function splitDeadline(instruction: string, deadlineBefore: string | null = null): { title: string; schedule: string } | null {
  const tidy = (title: string) => capitaliseFirst(title.replace(/[\s,:;.]+$/, ""));
  if (deadlineBefore) return { title: tidy(instruction), schedule: deadlineBefore.replace(/[\s.;]+$/, "") };
  const deadline = DEADLINE.exec(instruction);
  if (!deadline || deadline.index === 0) return null;
  return { title: tidy(instruction.slice(0, deadline.index)), schedule: instruction.slice(deadline.index).replace(/[\s.;]+$/, "") };
}

export function orderObligations(lines: readonly string[], tableStart: number): OrderObligation[] {
  const obligations: OrderObligation[] = [];
  for (const paragraph of orderParagraphs(lines, tableStart < 0 ? lines.length : tableStart)) {
    const { addressee, instruction, deadlineBefore } = splitInstruction(paragraph.text);
    if (paragraph.subs.length === 0) {
      const dated = splitDeadline(instruction, deadlineBefore);
      if (dated) obligations.push({ number: `П${paragraph.number}`, executor: addressee, ...dated });
      continue;
    }
    for (const sub of paragraph.subs) {
      const dated = splitDeadline(sub.text);
      if (dated) obligations.push({ number: `П${paragraph.number}.${sub.number}`, executor: addressee, ...dated });
    }
  }
  return obligations;
}
