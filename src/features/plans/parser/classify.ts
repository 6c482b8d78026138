/**
 * The kind of a measure and the competency areas it addresses, from its words.
 *
 * Kind: the kind whose word comes first in the title wins. A title leads with its activity
 * ("Проведение семинаров по подготовке к конкурсу" is a seminar, "Участие в конкурсе … в рамках
 * форума" a contest), so position says more than any fixed ranking. Quoted names («Учитель года»,
 * a course «Реализация технологий наставничества») and the frame after "в рамках" ("в рамках
 * Областного педагогического марафона") are not the activity and are left out. Two kinds at the
 * same word go by the order of KIND_WORDS.
 */
import { COMPETENCY_AREAS, type CompetencyArea, type MeasureKind } from "./types.ts";

const KIND_WORDS: [MeasureKind, RegExp][] = [
  ["webinar", /вебинар/],
  ["seminar", /семинар|практикум|мастер[- ]?класс/],
  ["course", /(?<![а-я])курс|(?<![а-я])(?:кпк|пк)(?![а-я])|повышени[а-я]* квалификаци|переподготовк|обучени[а-я]* по (?:[а-я]+ ){0,3}программ/],
  ["contest", /конкурс|олимпиад/],
  ["conference", /конференци|форум|марафон/],
  ["diagnostics", /диагностик|тестировани|анкетировани|оценк[а-я]* (?:\([а-я]+\) )?(?:[а-я-]+ ){0,2}компетен/],
  ["mentoring", /наставни|стажир|стажер/],
  ["report", /отчет|мониторинг|анализ|аналитическ/],
];

const AREA_WORDS: Record<CompetencyArea, RegExp> = {
  subject: /предметн/,
  methodological: /методическ|методик/,
  psychological: /психолог/,
  communicative: /коммуникатив/,
  digital: /цифров|(?<![а-я])икт(?![а-я])|дистанционн|информационно-коммуникационн/,
};

const lower = (text: string) => text.toLocaleLowerCase("ru").replace(/ё/g, "е");

function withoutQuotedNames(text: string): string {
  let previous;
  let current = text;
  do {
    previous = current;
    current = current.replace(/«[^«»]*»/g, " ");
  } while (current !== previous);
  return current;
}

export function measureKind(title: string): MeasureKind {
  const text = withoutQuotedNames(lower(title)).replace(/в рамках(?: [^\s,;.]+){1,3}/g, " ");
  let best: { kind: MeasureKind; index: number } | null = null;
  for (const [kind, pattern] of KIND_WORDS) {
    const index = text.search(pattern);
    if (index >= 0 && (best === null || index < best.index)) best = { kind, index };
  }
  return best?.kind ?? "other";
}

/** Areas named in the title or the expected result ("…предметных, методических … компетенций"). */
export function competencyAreas(title: string, result: string | null): CompetencyArea[] {
  const text = lower(`${title} ${result ?? ""}`);
  return COMPETENCY_AREAS.filter((area) => AREA_WORDS[area].test(text));
}
