// "Questionnaire due": three days and one day before a published questionnaire's due date, to
// the people of its audience who have not finished it since it was published. The button opens
// it on the taking side (DIAGNOSTICS_DATA.open).
import { audienceFromRows, peopleWhere } from "../../core/audience.ts";
import { NUDGE_PERSON, REACHABLE, type DueNudge, type NudgeKind } from "../../nudges/kind.ts";
import { DIAGNOSTICS_DATA } from "./callbacks.ts";
import { definitionSchema } from "./definition.ts";

const DAY = 24 * 60 * 60_000;
const AHEAD = [3 * DAY, DAY];

export const questionnaireDueNudge: NudgeKind = {
  name: "questionnaire-due",
  defaultOn: true,
  async find(db, window) {
    const due: DueNudge[] = [];
    for (const before of AHEAD) {
      const questionnaires = await db.questionnaire.findMany({
        where: { status: "published", dueAt: { gt: new Date(window.from.getTime() + before), lte: new Date(window.to.getTime() + before) } },
        select: { id: true, definition: true, dueAt: true, publishedAt: true, audience: { select: { kind: true, value: true } } },
      });
      for (const questionnaire of questionnaires) {
        const dueAt = questionnaire.dueAt!;
        const { title } = definitionSchema.parse(JSON.parse(questionnaire.definition));
        const people = await db.user.findMany({
          where: {
            AND: [
              peopleWhere(audienceFromRows(questionnaire.audience), window.to),
              REACHABLE,
              { attempts: { none: { questionnaireId: questionnaire.id, finishedAt: { gte: questionnaire.publishedAt ?? new Date(0) } } } },
            ],
          },
          select: { ...NUDGE_PERSON, lang: true },
        });
        // The title is written in both languages: each reader gets theirs (one notice per language, same subject).
        for (const lang of ["ru", "en"] as const) {
          const recipients = people.filter((person) => (person.lang === "en" ? "en" : "ru") === lang).map(({ lang: _lang, ...person }) => person);
          if (!recipients.length) continue;
          due.push({
            subject: `questionnaire:${questionnaire.id}`,
            dueAt: new Date(dueAt.getTime() - before),
            recipients,
            notice: {
              key: "nudge-questionnaire-due",
              args: { title: title[lang], due: { when: dueAt.toISOString() }, days: Math.round(before / DAY) },
              buttons: [[{ key: "nudge-questionnaire-due-open", data: DIAGNOSTICS_DATA.open(questionnaire.id) }]],
            },
            expiresAt: dueAt,
          });
        }
      }
    }
    return due;
  },
};
