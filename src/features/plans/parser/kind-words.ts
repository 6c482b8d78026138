/**
 * The words that name a measure's activity, and the parts of a title that name something else:
 * who takes part ("Участие наставников в конкурсе" is a contest, not mentoring), a quoted name
 * (a course «Реализация технологий наставничества»), a frame ("в рамках Областного
 * педагогического марафона"). Text here is lower case with "ё" as "е" (see `normalised`).
 */
import type { MeasureKind } from "./types.ts";

const W = "[а-яa-z0-9-]*";

/**
 * Checked in this order when two kinds start at the same word, so a narrower rule comes before
 * the broader one it refines (monitoring of deficits before monitoring, a festival-contest before
 * a festival).
 */
export const KIND_WORDS: readonly [MeasureKind, RegExp][] = [
  ["webinar", /вебинар|веб-семинар/],
  ["contest", new RegExp(`фестивал${W} ?- ?конкурс|конкурс|олимпиад`)],
  ["diagnostics", new RegExp(`(?<!по (?:результатам|итогам) )мониторинг${W} (?:${W} ){0,2}(?:дефицит|затруднени|компетен|потребност)`)],
  [
    "seminar",
    new RegExp(
      [
        "семинар|практикум|мастер[- ]?класс|круглы[йхм] стол|круглого стола|мастерск(?:ая|ой|ие|их|ую)(?![а-я])",
        // A meeting of a methodical association (РМО, ШМО, a subject teachers' association or its section).
        `заседани${W} (?:${W} ){0,3}(?:(?:р|ш|г|м)?мо(?![а-я])|рауп|методическ${W} объединени|ассоциаци|секци|профессиональн${W} сообществ|творческ${W} групп|проблемн${W} групп)`,
        `открыт${W} (?:${W} )?урок|взаимопосещени`,
      ].join("|"),
    ),
  ],
  [
    "course",
    new RegExp(
      [
        "(?<![а-я])курс|(?<![а-я])(?:кпк|пк|дпп)(?![а-я])|повышени[а-я]* квалификаци|переподготовк|дополнительн[а-я]* профессиональн[а-я]* программ",
        // Training of teachers, or on a programme: "Обучение тьюторов по ДПП", not "дистанционного обучения" of pupils.
        `обучени${W} (?:${W} ){0,5}?(?:по (?:${W} ){0,3}программ|на курс)`,
        `обучени${W} (?:${W} )?(?:педагог|учител|тьютор|наставник|специалист|работник|руководител|воспитател|кадр|эксперт|член|заместител|директор)`,
      ].join("|"),
    ),
  ],
  ["conference", new RegExp(`конференци|форум|марафон|фестивал|педагогическ${W} чтени|(?<![а-я])слет|августовск${W} (?:${W} )?совещани`)],
  [
    "diagnostics",
    /диагностик|тестировани|анкетировани|(?<![а-я])опрос|оценк[а-я]* (?:\([а-я]+\) )?(?:[а-я-]+ ){0,2}компетен|выявлени[а-я]* (?:[а-я]+ ){0,2}(?:дефицит|затруднени)/,
  ],
  ["mentoring", new RegExp(`наставни|стажир|стажер|(?:школ|клуб)${W} молод|сопровождени${W} (?:${W} )?молод|работ${W} с молод${W} (?:педагог|специалист|учител)`)],
  ["report", /отчет|мониторинг|анализ|аналитическ/],
];

export const normalised = (text: string) => text.toLocaleLowerCase("ru").replace(/ё/g, "е");

function withoutQuotedNames(text: string): string {
  let previous;
  let current = text;
  do {
    previous = current;
    current = current.replace(/«[^«»]*»|“[^“”]*”|„[^„“”]*[“”]|"[^"]*"/g, " ");
  } while (current !== previous);
  return current;
}

/**
 * The title without what is not its activity: quoted names, the frame after "в рамках", and who
 * takes part ("Участие молодых педагогов района в конкурсе" → "участие в конкурсе").
 */
export function activityText(title: string): string {
  return withoutQuotedNames(normalised(title))
    .replace(/в рамках(?: [^\s,;.]+){1,3}/g, " ")
    .replace(new RegExp(`(участи${W}) (?:(?!(?:в|во|на) )[^\\s]+ ){1,6}?(?=(?:в|во|на) )`, "g"), "$1 ");
}

/** The kind whose word comes first; two at the same word go by the order of KIND_WORDS. */
export function firstKind(text: string, words: readonly [MeasureKind, RegExp][] = KIND_WORDS): MeasureKind | null {
  let best: { kind: MeasureKind; index: number } | null = null;
  for (const [kind, pattern] of words) {
    const index = text.search(pattern);
    if (index >= 0 && (best === null || index < best.index)) best = { kind, index };
  }
  return best?.kind ?? null;
}
