/**
 * The kind of a measure and the competency areas it addresses, from its words.
 *
 * Kind: the activity decides, and a title leads with its activity ("Проведение семинаров по
 * подготовке к конкурсу" is a seminar, "Участие в конкурсе … в рамках форума" a contest), so the
 * kind whose word comes first wins, once the words about something else are left out: who takes
 * part, quoted names, frames (see kind-words.ts). A "Форма проведения" column, when the plan has
 * one, names the activity outright and decides over the title.
 */
import { activityText, firstKind, KIND_WORDS, normalised } from "./kind-words.ts";
import { COMPETENCY_AREAS, type CompetencyArea, type MeasureKind } from "./types.ts";

/**
 * Words a form column uses that a title would not: there "обучение" alone is a course, and a
 * consultation or a training is a seminar-like meeting (online or not). An administrative
 * meeting ("совещание") is no professional development event: other, unless the title says
 * "августовское" (the yearly conference, in KIND_WORDS).
 */
const FORM_WORDS: readonly [MeasureKind, RegExp][] = [
  ["course", /(?<![а-я])обучени/],
  ["seminar", /тренинг|лекци|практическ[а-я]* заняти/],
  // A consultation answers one person's questions: nobody signs up for it as for a seminar.
  ["other", /совещани|консультаци|консультировани/],
];

/**
 * "Очно", "дистанционно", "онлайн" say how, not what: they are left out, so "онлайн-семинар" is a
 * seminar, "дистанционно (вебинар)" a webinar, and "очно" alone decides nothing.
 */
const DELIVERY = /(?<![а-я])(?:очно-заочн[а-я]*|очн[а-я]*|заочн[а-я]*|дистанционн[а-я]*|онлайн|офлайн|смешанн[а-я]*|в режиме вкс|вкс|формат[а-я]*)(?![а-я])/g;

/** The kind a "Форма проведения" value names, or null when it names only how it is held (or nothing known). */
export function kindFromForm(form: string): MeasureKind | null {
  const text = normalised(form).replace(DELIVERY, " ");
  return firstKind(text, [...KIND_WORDS, ...FORM_WORDS]);
}

/**
 * Titles led by work with people one by one, with information or in meetings are that work,
 * whatever they concern: "Индивидуальные консультации …", "Размещение лучших
 * практик на сайте", "Заседание муниципального совета наставников". Work on a programme or a
 * regulation ("Разработка ДПП ПК", "Разработка положения о конкурсе") keeps the kind it serves, as
 * the region's plans are read: a methodologist looks for it among courses or contests.
 */
const PAPERWORK_LEAD =
  /^(?:размещение|информирование|информационное сопровождение|сопровождение индивидуальн|аттестация|(?:индивидуальн[а-я]* )?консульт|подготовка публикаци|(?:организационн[а-я]* )?совещани|проведение совещани|заседание (?:муниципальн|региональн|координационн|экспертн)[а-я]* (?:совет|комисси|групп))/;
const THEN_HELD = /(?<![а-я])и (?:проведени|организаци)/;

export function measureKind(title: string, form?: string | null): MeasureKind {
  const fromForm = form ? kindFromForm(form) : null;
  if (fromForm) return fromForm;
  const text = normalised(title);
  if (PAPERWORK_LEAD.test(text) && !THEN_HELD.test(text)) return "other";
  return firstKind(activityText(title)) ?? "other";
}

const AREA_WORDS: Record<CompetencyArea, RegExp> = {
  subject: /предметн/,
  methodological: /методическ|методик/,
  psychological: /психолог/,
  communicative: /коммуникатив/,
  digital: /цифров|(?<![а-я])икт(?![а-я])|дистанционн|информационно-коммуникационн/,
};

/** Areas named in the title or the expected result ("…предметных, методических … компетенций"). */
export function competencyAreas(title: string, result: string | null): CompetencyArea[] {
  const text = normalised(`${title} ${result ?? ""}`);
  return COMPETENCY_AREAS.filter((area) => AREA_WORDS[area].test(text));
}
