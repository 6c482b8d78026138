/**
 * A plan's "Целевая аудитория" cell in the terms an event's audience has: subjects, the bot's
 * roles, young teachers. The cell lists groups ("молодые педагоги, учителя математики"); an
 * event's conditions of different kinds must all hold, so the groups found are offered together
 * (young teachers of mathematics), for the methodologist to check. A group the conditions cannot
 * name (heads of schools, preschool teachers, psychologists) restricts nothing and is named back.
 */
import { SUBJECTS, type Subject } from "../../profile/subjects.ts";
import { normalised } from "./kind-words.ts";

export type PlanAudienceRole = "coordinator" | "methodologist";

export type PlanAudience = {
  subjects: Subject[];
  roles: PlanAudienceRole[];
  youngOnly: boolean;
  /** The groups, as the plan writes them, that no condition expresses ("руководители ОО", "педагоги ДОО"). */
  unexpressed: string[];
  /** Heads of schools or their deputies are named: the bot's nearest group is its coordinators. */
  headsNamed: boolean;
};

const SUBJECT_WORDS: Record<Subject, RegExp | null> = {
  primary: /начальн[а-я]* (?:класс|школ|общ)|(?<![а-я])нач\.? ?кл/,
  "native-language": /родн[а-я]* (?:\(?русск[а-я]*\)? )?(?:язык|литератур)/,
  russian: /(?<!родн[а-я]* \(?)(?<![а-я])русск[а-я]*(?![а-я])/,
  literature: /(?<!родн[а-я]* (?:\(?русск[а-я]*\)? )?)литератур(?!н)/,
  "foreign-language": /иностранн[а-я]* язык|английск|немецк|французск|китайск|испанск/,
  math: /математик|алгебр|геометри/,
  informatics: /информатик/,
  physics: /(?<![а-я])физик[аиеу]?(?![а-я])|астрономи/,
  chemistry: /(?<![а-я])хими[яиюей]?(?![а-я])/,
  biology: /биологи/,
  geography: /географи/,
  history: /(?<![а-я])истори[яиюей]?(?![а-я])/,
  "social-studies": /обществознани|обществоведени/,
  arts: /(?<![а-я])(?:изо|мхк)(?![а-я])|изобразительн[а-я]* искусств|(?<![а-я])искусства(?![а-я])/,
  music: /музык/,
  technology: /(?<![а-я])труда(?![а-я])|(?<!(?:цифров|образовательн|информационн|педагогическ|современн|дистанционн)[а-я]* )(?<![а-я])технологии(?![а-я])/,
  "physical-education": /физическ[а-я]* культур|физкультур/,
  "life-safety": /(?<![а-я])(?:обж|обзр)(?![а-я])|безопасност[а-я]* жизнедеятельност|защиты родины/,
  "special-education": /логопед|дефектолог|коррекционн|(?<![а-я])овз(?![а-я])|сурдопедагог|тифлопедагог/,
  other: null,
};

/** Teachers of a cycle of subjects: "естественнонаучного цикла", "гуманитарного цикла". */
const CYCLES: [RegExp, Subject[]][] = [
  [/естественн[а-я]*[- ]?научн/, ["physics", "chemistry", "biology", "geography"]],
  [/гуманитарн/, ["russian", "literature", "foreign-language", "history", "social-studies"]],
];

const YOUNG = /молод[а-я]* (?:педагог|специалист|учител|воспитател|кадр|работник|сотрудник)|начинающ[а-я]* (?:педагог|учител)|стаж[а-я]* (?:[а-я]+ ){0,2}(?:до|менее|не более) (?:[1-5]|тр[её]х|пяти)(?![0-9])/;
/** Mentors of young teachers are mentors, whatever experience they have. */
const MENTORS = /наставни/;
const ROLE_WORDS: [PlanAudienceRole, RegExp][] = [
  ["coordinator", /координатор/],
  ["methodologist", /методист|специалист[а-я]* (?:ммс|имц|гимц|муниципальн[а-я]* методическ|методическ)|(?<![а-я])(?:ммс|имц|гимц)(?![а-я])/],
];
/** Heads and deputy heads of schools, not of methodical associations nor class teachers ("классные руководители"). */
const HEADS = /(?<!классн[а-я]* )руководител[а-я]* (?:оо|оу|ооо|общеобразовательн|образовательн|школ|учреждени|организаци)|директор|администраци[а-я]* (?:оо|школ)|управленческ[а-я]* команд/;

/** Words that name teachers in general: a group of nothing else is everyone. */
const GENERIC_WORDS =
  /^(?:все[а-я]*|педагог[а-я]*|учител[а-я]*|предметник[а-я]*|педагогическ[а-я]*|руководящ[а-я]*|работник[а-я]*|кадр[а-я]*|коллектив[а-я]*|оо|школ[а-я]*|общеобразовательн[а-я]*|образовательн[а-я]*|организаци[а-я]*|учреждени[а-я]*|район[а-я]*|город[а-я]*|округ[а-я]*|муниципал[а-я]*|област[а-я]*|и|всех|уровн[а-я]*|\(по|согласованию\)|[а-я]+(?:ского|цкого|ской|цкой))$/;

/** Groups of the list: at commas and semicolons outside brackets, and at "и" before another group. */
function groupsOf(text: string): string[] {
  const groups: string[] = [];
  let depth = 0;
  let current = "";
  for (const char of text) {
    if (char === "(") depth++;
    if (char === ")") depth = Math.max(0, depth - 1);
    if (depth === 0 && /[,;\n•]/.test(char)) {
      groups.push(current);
      current = "";
    } else current += char;
  }
  groups.push(current);
  return joinDependents(groups)
    .flatMap((group) => group.split(/\s+и\s+(?=(?:все|педагог|учител|руковод|заместител|директор|воспитател|методист|специалист|координатор|наставни|тьютор|молод|классн|социальн|обучающ|родител)[а-яё-]*)/i))
    .map((group) => group.replace(/\s+/g, " ").replace(/^[\s\-–—.]+|[\s.]+$/g, ""))
    .filter((group) => group.length > 0);
}

/**
 * A comma also opens a clause about the group before it ("педагоги, использующие …") or adds an
 * abbreviation to it ("руководители ШМО, РМО"): such a piece stays with that group.
 */
function joinDependents(pieces: string[]): string[] {
  const joined: string[] = [];
  for (const piece of pieces) {
    const dependent = /^\s*(?:[а-яё]+(?:щие|щих|щиеся|щихся|вшие|вших)(?![а-яё])|[A-ZА-ЯЁ]{2,6}\s*$)/.test(piece);
    if (dependent && joined.length) joined[joined.length - 1] += `,${piece}`;
    else joined.push(piece);
  }
  return joined;
}

function subjectsOf(text: string): Subject[] {
  const named = new Set<Subject>(SUBJECTS.filter((subject) => SUBJECT_WORDS[subject]?.test(text)));
  for (const [pattern, subjects] of CYCLES) if (pattern.test(text)) subjects.forEach((subject) => named.add(subject));
  return SUBJECTS.filter((subject) => named.has(subject));
}

const isGeneric = (text: string) => text.split(/[\s-]+/).every((word) => word === "" || GENERIC_WORDS.test(word));

export function readPlanAudience(cell: string): PlanAudience {
  const subjects = new Set<Subject>();
  const roles = new Set<PlanAudienceRole>();
  const unexpressed: string[] = [];
  let youngOnly = false;
  let headsNamed = false;
  let everyone = false;
  for (const group of groupsOf(cell)) {
    const text = normalised(group);
    const named = {
      subjects: subjectsOf(text),
      roles: ROLE_WORDS.filter(([, pattern]) => pattern.test(text)).map(([role]) => role),
      young: YOUNG.test(text) && !MENTORS.test(text),
    };
    named.subjects.forEach((subject) => subjects.add(subject));
    named.roles.forEach((role) => roles.add(role));
    youngOnly ||= named.young;
    if (named.subjects.length || named.roles.length || named.young) continue;
    if (isGeneric(text)) everyone = true;
    else {
      unexpressed.push(group);
      headsNamed ||= HEADS.test(text);
    }
  }
  // Every teacher among the groups: the list as a whole restricts nothing.
  if (everyone) return { subjects: [], roles: [], youngOnly: false, unexpressed, headsNamed };
  return { subjects: SUBJECTS.filter((subject) => subjects.has(subject)), roles: [...roles], youngOnly, unexpressed, headsNamed };
}
