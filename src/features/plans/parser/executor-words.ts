/**
 * Words that tell an executor naming people from one naming a body: groups ("учителя-логопеды",
 * "заместители директоров"), posts ("заместитель директора"), persons ("Петрова А.С.").
 */

// Nouns for people by their work, as stems; the endings follow.
const PERSON_STEMS =
  "учител|преподавател|ректор|проректор|завуч|инструктор|воспитател|педагог|методист|логопед|дефектолог|психолог|тьютор|наставник|заместител|руководител|директор|заведующ|председател|начальник|специалист|эксперт|инспектор|консультант|координатор|куратор|советник|секретар|библиотекар|сотрудник|работник|представител|организатор|член";
// Collectives of people that govern the body after them like a person noun: "администрация ОО".
const COLLECTIVE_STEMS = "администраци|коллектив|команд|руководств";
const NOUN_ENDING = "(?:ь|я|и|ей|ю|ям|ем|ями|ях|а|у|ом|ой|е|ы|ов|ам|ами|ах|о|ий|его|ему|им|ие|их|ая|ую|ими)?";
const PEOPLE_WORD = new RegExp(`^(?:${PERSON_STEMS}|${COLLECTIVE_STEMS})${NOUN_ENDING}$`);

// A post as written after a person's name: a singular person noun, maybe after adjectives
// ("ведущий специалист", "учитель-логопед", "зам. директора по УВР").
const POST = new RegExp(`^(?:[а-яё]+(?:ий|ый|ой|ая)\\s+)*(?:зам\\.|(?:${PERSON_STEMS})(?:ь|ий|ая)?(?![а-яё]))`);

const SURNAME = "[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?";
const INITIALS = "[А-ЯЁ]\\.\\s?(?:[А-ЯЁ]\\.)?";
const PERSON_AT_END = new RegExp(`(?:^|\\s)(?:${SURNAME}\\s+${INITIALS}|${INITIALS}\\s*${SURNAME})$`);

const wordParts = (text: string) =>
  text
    .replace(/«[^«»]*»?/g, " ") // a quoted proper name is a body's name, whatever words it holds
    .toLowerCase()
    .split(/[\s-]+/)
    .map((part) => part.replace(/^[^а-яё]+|[^а-яё]+$/g, ""));

/** Whether the text names people by their work anywhere outside quotes: "Иванов И.И. – методист". */
export const namesPeople = (text: string): boolean => wordParts(text).some((part) => PEOPLE_WORD.test(part));

export const isPost = (text: string): boolean => POST.test(text);

export const endsWithPerson = (text: string): boolean => PERSON_AT_END.test(text.trim());
