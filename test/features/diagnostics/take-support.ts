// A small questionnaire of our own for the taking tests: two areas, four questions on one scale.
import type { Db } from "../../../src/db/client.ts";
import { audienceRows, EVERYONE, type Audience } from "../../../src/core/audience.ts";

export const SMALL_DEFINITION = {
  id: "small",
  title: { ru: "Проверка умений", en: "Skills check" },
  retakeAfterDays: 30,
  deficitThreshold: 60,
  scale: [
    { id: "no", label: { ru: "Не могу", en: "I can't" }, score: 0 },
    { id: "rather-no", label: { ru: "Скорее нет", en: "Rather not" }, score: 1 },
    { id: "rather-yes", label: { ru: "Скорее да", en: "Rather yes" }, score: 2 },
    { id: "yes", label: { ru: "Могу", en: "I can" }, score: 3 },
  ],
  areas: [
    { id: "subject", title: { ru: "Предметная область", en: "Subject knowledge" } },
    { id: "digital", title: { ru: "Цифровые компетенции", en: "Digital skills" } },
  ],
  questions: [
    { id: "q1", area: "subject", text: { ru: "Я могу объяснить тему тремя способами.", en: "I can explain a topic in three ways." } },
    { id: "q2", area: "subject", text: { ru: "Я могу подобрать задачи разного уровня.", en: "I can choose tasks of different levels." } },
    { id: "q3", area: "digital", text: { ru: "Я могу провести урок онлайн.", en: "I can give a lesson online." } },
    { id: "q4", area: "digital", text: { ru: "Я могу сделать цифровой тест.", en: "I can make a digital test." } },
  ],
};

let counter = 0;

/** A questionnaire straight in the database, published (or as told) for everyone (or the audience given). */
export async function createQuestionnaire(db: Db, opts: { status?: string; audience?: Audience; title?: string } = {}): Promise<number> {
  const key = `small-${process.pid}-${++counter}`;
  const definition = { ...SMALL_DEFINITION, id: key, ...(opts.title ? { title: { ru: opts.title, en: opts.title } } : {}) };
  const row = await db.questionnaire.create({
    data: {
      key,
      definition: JSON.stringify(definition),
      status: opts.status ?? "published",
      publishedAt: new Date(),
      audience: { create: audienceRows(opts.audience ?? EVERYONE) },
    },
  });
  return row.id;
}
