// A few events of the coming weeks, dated from the moment of seeding, so the bot shows something
// to sign up for on its first day. Written like the ones methodologists of the region create.
import { DateTime } from "luxon";
import { EVERYONE, type Audience } from "../../src/core/audience.ts";
import type { EventInput } from "../../src/features/events/create-event.ts";

const ZONE = "Asia/Omsk";

type DemoEvent = Omit<EventInput, "startsAt" | "endsAt" | "registrationDeadline" | "audience" | "measureId"> & {
  /** Days after the seeding day, and the local hour it starts, in Omsk. */
  inDays: number;
  hour: number;
  hours: number;
  /** A deadline this many days before the start; none when null. */
  deadlineDaysBefore: number | null;
  /** For one district only (by its directory name), else for everyone. */
  municipality: string | null;
};

export const DEMO_EVENTS: DemoEvent[] = [
  {
    title: "Вебинар «Читательская грамотность: приёмы смыслового чтения на уроках»",
    kind: "webinar",
    description: "Разбор заданий на смысловое чтение и приёмы работы с текстом для учителей начальной и основной школы. Ссылка на трансляцию придёт после записи.",
    place: null,
    link: "https://meet.example.org/irooo-chtenie",
    organiser: "БОУ ДПО «Институт развития образования Омской области»",
    capacity: 300,
    areas: ["methodological", "subject"],
    inDays: 3,
    hour: 15,
    hours: 2,
    deadlineDaysBefore: null,
    municipality: null,
  },
  {
    title: "Семинар-практикум «Формирующее оценивание на уроке»",
    kind: "seminar",
    description: "Открытые уроки, разбор приёмов обратной связи и самооценки учащихся, работа в группах.",
    place: "с. Таврическое, БОУ «Таврическая СОШ № 1», актовый зал",
    link: null,
    organiser: "ИМЦ Комитета по образованию Таврического района",
    capacity: 25,
    areas: ["methodological"],
    inDays: 8,
    hour: 10,
    hours: 4,
    deadlineDaysBefore: 2,
    municipality: "Таврический муниципальный район",
  },
  {
    title: "Школа молодого педагога: «Классное руководство: первые шаги»",
    kind: "mentoring",
    description: "Встреча молодых педагогов с наставниками: первые родительские собрания, трудные разговоры, документы классного руководителя.",
    place: "с. Оконешниково, МКУ «ЦФЭХИМОСО», каб. 12",
    link: null,
    organiser: "МКУ «ЦФЭХИМОСО» Оконешниковского района",
    capacity: 20,
    areas: ["communicative", "psychological"],
    inDays: 12,
    hour: 14,
    hours: 2,
    deadlineDaysBefore: 1,
    municipality: "Оконешниковский муниципальный район",
  },
  {
    title: "Региональная конференция «Наставничество в образовании: практики Омской области»",
    kind: "conference",
    description: "Пленарное заседание и секции по моделям наставничества в школах области.",
    place: "г. Омск, ул. Тарская, 2, БОУ ДПО «ИРООО», конференц-зал",
    link: null,
    organiser: "БОУ ДПО «Институт развития образования Омской области»",
    capacity: 120,
    areas: ["methodological"],
    inDays: 17,
    hour: 10,
    hours: 6,
    deadlineDaysBefore: 3,
    municipality: null,
  },
];

/** The event's input for a seeding at `now`; municipalities by name from the directory. */
export function demoEventInput(event: DemoEvent, now: Date, municipalityIds: ReadonlyMap<string, number>): EventInput {
  const start = DateTime.fromJSDate(now, { zone: ZONE }).plus({ days: event.inDays }).set({ hour: event.hour, minute: 0, second: 0, millisecond: 0 });
  const municipalityId = event.municipality === null ? undefined : municipalityIds.get(event.municipality);
  const audience: Audience = municipalityId === undefined ? EVERYONE : { ...EVERYONE, municipalityIds: [municipalityId] };
  const { inDays: _inDays, hour: _hour, hours, deadlineDaysBefore, municipality: _municipality, ...input } = event;
  return {
    ...input,
    startsAt: start.toJSDate(),
    endsAt: start.plus({ hours }).toJSDate(),
    registrationDeadline: deadlineDaysBefore === null ? null : start.minus({ days: deadlineDaysBefore }).set({ hour: 18 }).toJSDate(),
    audience,
    measureId: null,
  };
}
