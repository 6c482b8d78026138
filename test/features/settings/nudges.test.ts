// /settings → reminders, time zone and quiet hours, and "mute these reminders" under a nudge
// (issue #11, points 3 and 5), as a person sees them, in Russian and English.
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { EVENT_NUDGES } from "../../../src/features/events/nudges.ts";
import { NUDGE_DATA } from "../../../src/nudges/callbacks.ts";
import { nudgesJob } from "../../../src/nudges/job.ts";
import { useApp } from "../../support/app.ts";
import { FakeClock } from "../../support/clock.ts";
import { makeEvent } from "../../support/events.ts";
import { createTeacher } from "../../support/factories.ts";
import type { FakeUser } from "../../support/harness.ts";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
// Thursday 3 December 2026, 15:00 in Omsk: nothing waits for the morning.
const START = new Date("2026-12-03T09:00:00Z");
const clock = new FakeClock(START);
const app = useApp({ clock });

type Lang = "ru" | "en";

async function teacher(lang: Lang = "ru", role?: "coordinator" | "methodologist") {
  const row = await createTeacher(app.t.db, { lang });
  if (role === "coordinator") await app.t.db.roleGrant.create({ data: { userId: row.id, role, municipalityId: row.municipalityId, scopeKey: `m:${row.municipalityId}` } });
  if (role === "methodologist") await app.t.db.roleGrant.create({ data: { userId: row.id, role } });
  return { row, u: app.h.user({ id: Number(row.telegramId), languageCode: lang }) as FakeUser };
}

const L = {
  ru: {
    reminders: "🔔 Напоминания", zone: "🕒 Часовой пояс", quiet: "🌙 Тихие часы", back: "‹ Назад",
    day: "За день до события", hour: "За час до события", closing: "Конец записи на событие", low: "Мало записавшихся на событие", plan: "Сроки мероприятий плана", digest: "Подборка на неделю (по желанию)", due: "Срок анкеты самодиагностики", route: "События моего маршрута", meetings: "Встречи наставничества", idle: "Пары наставничества без встреч",
    omskOwn: "🕒 Часовой пояс: Омск (как у вашего муниципалитета)", moscowOwn: "🕒 Часовой пояс: Москва (выбран вами)", moscow: "Москва", asMunicipality: "🏫 Как у муниципалитета (Омск)",
    quietDefault: "🌙 Тихие часы: 21:00–08:00 (по умолчанию)", quietOwn: (hours: string) => `🌙 Тихие часы: ${hours} (ваши)`, none: "Без тихих часов", noneShown: "нет",
    type: "⌨️ Свои часы…", byDefault: "По умолчанию (21:00–08:00)", ask: "Напишите тихие часы", invalid: "⚠️ Не получилось прочитать время. Напишите два времени через дефис, например 22:30-07:00 (часы от 0 до 23, минуты от 00 до 59).",
    saved: "✅ Тихие часы: 22:30–07:00", cancel: "✖️ Отмена", left: "Тихие часы не изменились.",
    mute: "🔕 Не присылать такие напоминания", toast: "🔕 Отключено", muted: "🔕 Такие напоминания больше не будут приходить. Включить их снова: /settings → Напоминания.",
    undo: "↩️ Отменить", undone: "🔔 Такие напоминания снова будут приходить.", outdated: "Эта кнопка устарела.",
  },
  en: {
    reminders: "🔔 Reminders", zone: "🕒 Time zone", quiet: "🌙 Quiet hours", back: "‹ Back",
    day: "A day before an event", hour: "An hour before an event", closing: "Sign-up closing", low: "Few sign-ups for an event", plan: "Deadlines of plan measures", digest: "Weekly digest (opt-in)", due: "Questionnaire due dates", route: "Events of my route", meetings: "Mentoring meetings", idle: "Mentoring pairs without meetings",
    omskOwn: "🕒 Time zone: Omsk (your municipality’s)", moscowOwn: "🕒 Time zone: Moscow (chosen by you)", moscow: "Moscow", asMunicipality: "🏫 As my municipality (Omsk)",
    quietDefault: "🌙 Quiet hours: 21:00–08:00 (the bot’s default)", quietOwn: (hours: string) => `🌙 Quiet hours: ${hours} (yours)`, none: "No quiet hours", noneShown: "none",
    type: "⌨️ My own hours…", byDefault: "The bot’s default (21:00–08:00)", ask: "Send your quiet hours", invalid: "⚠️ I could not read that time. Send two times with a dash, for example 22:30-07:00 (hours 0 to 23, minutes 00 to 59).",
    saved: "✅ Quiet hours: 22:30–07:00", cancel: "✖️ Cancel", left: "Quiet hours unchanged.",
    mute: "🔕 Mute these reminders", toast: "🔕 Turned off", muted: "🔕 Reminders of this kind are off. /settings → Reminders turns them back on.",
    undo: "↩️ Undo", undone: "🔔 Reminders of this kind are back on.", outdated: "This button is out of date.",
  },
};

const on = (label: string) => `✅ ${label}`;
const off = (label: string) => `🔕 ${label}`;
const choices = (userId: number) => app.t.db.nudgePreference.findMany({ where: { userId }, orderBy: { kind: "asc" }, select: { kind: true, enabled: true } });
const timeColumns = (userId: number) => app.t.db.user.findUniqueOrThrow({ where: { id: userId }, select: { timezone: true, quietFrom: true, quietUntil: true } });

describe("/settings → reminders", () => {
  for (const lang of ["ru", "en"] as const) {
    const l = L[lang];

    it(`a teacher switches each kind in place, the weekly digest shown as opt-in (${lang})`, async () => {
      const { row, u } = await teacher(lang);
      await u.send("/settings");
      const settings = u.lastMessage();
      expect(settings.buttons.slice(1, 3)).toEqual([[l.reminders], [l.zone, l.quiet]]);
      await u.press(l.reminders);
      expect(u.lastMessage().id).toBe(settings.id);
      expect(u.lastMessage().buttons).toEqual([[on(l.day)], [on(l.hour)], [on(l.closing)], [off(l.digest)], [on(l.due)], [on(l.route)], [on(l.meetings)], [l.back]]);

      await u.press(on(l.day));
      expect(u.lastMessage().buttons).toEqual([[off(l.day)], [on(l.hour)], [on(l.closing)], [off(l.digest)], [on(l.due)], [on(l.route)], [on(l.meetings)], [l.back]]);
      expect(await choices(row.id)).toEqual([{ kind: "event-day", enabled: false }]);

      await u.press(off(l.digest));
      expect(u.lastMessage().buttons).toEqual([[off(l.day)], [on(l.hour)], [on(l.closing)], [on(l.digest)], [on(l.due)], [on(l.route)], [on(l.meetings)], [l.back]]);
      await u.press(off(l.day));
      expect(await choices(row.id)).toEqual([{ kind: "event-day", enabled: true }, { kind: "weekly-digest", enabled: true }]);
      expect(u.lastMessage().id).toBe(settings.id);
      expect(u.messages()).toHaveLength(1);

      await u.press(l.back);
      expect(u.lastMessage().buttons[1]).toEqual([l.reminders]);
    });
  }

  it("staff also switch 'few sign-ups', reviewers practices to review; coordinators also plan deadlines", async () => {
    const methodologist = await teacher("ru", "methodologist");
    await methodologist.u.send("/settings");
    await methodologist.u.press(L.ru.reminders);
    expect(methodologist.u.lastMessage().buttons.flat()).toEqual([on(L.ru.day), on(L.ru.hour), on(L.ru.closing), on(L.ru.low), off(L.ru.digest), on(L.ru.due), on(L.ru.route), on(L.ru.meetings), on("Новые практики на проверку"), L.ru.back]);

    const coordinator = await teacher("en", "coordinator");
    await coordinator.u.send("/settings");
    await coordinator.u.press(L.en.reminders);
    expect(coordinator.u.lastMessage().buttons.flat()).toEqual([on(L.en.day), on(L.en.hour), on(L.en.closing), on(L.en.low), on(L.en.plan), off(L.en.digest), on(L.en.due), on(L.en.route), on(L.en.meetings), on(L.en.idle), L.en.back]);
    await coordinator.u.press(on(L.en.plan));
    expect(await choices(coordinator.row.id)).toEqual([{ kind: "plan-deadline", enabled: false }]);
    expect(coordinator.u.lastMessage().buttons.flat()).toContain(off(L.en.plan));
  });
});

describe("/settings → time zone", () => {
  for (const lang of ["ru", "en"] as const) {
    const l = L[lang];

    it(`shows the municipality's zone, takes one of the offered zones, and goes back to the municipality's (${lang})`, async () => {
      const { row, u } = await teacher(lang);
      await u.send("/settings");
      await u.press(l.zone);
      const screen = u.lastMessage();
      expect(screen.text).toContain(l.omskOwn);
      expect(screen.buttons.flat()).toHaveLength(12 + 2);
      expect(screen.buttons.at(-2)).toEqual([on(l.asMunicipality)]);

      await u.press(l.moscow);
      expect(u.lastMessage().id).toBe(screen.id);
      expect(u.lastMessage().text).toContain(l.moscowOwn);
      expect(u.lastMessage().buttons.flat()).toContain(on(l.moscow));
      expect(u.lastMessage().buttons.at(-2)).toEqual([l.asMunicipality]);
      expect((await timeColumns(row.id)).timezone).toBe("Europe/Moscow");

      await u.press(l.asMunicipality);
      expect(u.lastMessage().text).toContain(l.omskOwn);
      expect((await timeColumns(row.id)).timezone).toBeNull();
      expect(u.messages()).toHaveLength(1);
    });
  }
});

describe("/settings → quiet hours", () => {
  for (const lang of ["ru", "en"] as const) {
    const l = L[lang];

    it(`presets and "none" save in place; typed hours are checked, saved, and "default" clears them (${lang})`, async () => {
      const { row, u } = await teacher(lang);
      await u.send("/settings");
      await u.press(l.quiet);
      const screen = u.lastMessage();
      expect(screen.text).toContain(l.quietDefault);
      expect(screen.buttons).toEqual([["21:00–08:00", "22:00–07:00", "23:00–09:00"], [l.none, l.type], [on(l.byDefault)], [l.back]]);

      await u.press("22:00–07:00");
      expect(u.lastMessage().id).toBe(screen.id);
      expect(u.lastMessage().text).toContain(l.quietOwn("22:00–07:00"));
      expect(u.lastMessage().buttons[0]).toEqual(["21:00–08:00", on("22:00–07:00"), "23:00–09:00"]);
      expect(await timeColumns(row.id)).toMatchObject({ quietFrom: 22 * 60, quietUntil: 7 * 60 });

      await u.press(l.none);
      expect(u.lastMessage().text).toContain(l.quietOwn(l.noneShown));
      expect(await timeColumns(row.id)).toMatchObject({ quietFrom: 0, quietUntil: 0 });

      await u.press(l.type);
      expect(u.lastMessage().text).toContain(l.ask);
      await u.send("25:00-07:00");
      expect(u.messages().at(-2)?.text).toBe(l.invalid);
      await u.send("after ten");
      expect(u.messages().at(-2)?.text).toBe(l.invalid);
      expect(await timeColumns(row.id)).toMatchObject({ quietFrom: 0, quietUntil: 0 });
      await u.send("22:30-07:00");
      expect(u.messages().at(-2)?.text).toBe(l.saved);
      expect(u.lastMessage().text).toContain(l.quietOwn("22:30–07:00"));
      expect(await timeColumns(row.id)).toMatchObject({ quietFrom: 22 * 60 + 30, quietUntil: 7 * 60 });

      await u.press(l.byDefault);
      expect(u.lastMessage().text).toContain(l.quietDefault);
      expect(await timeColumns(row.id)).toMatchObject({ quietFrom: null, quietUntil: null });
    });
  }

  it("Cancel leaves the hours as they were, and a command closes the question", async () => {
    const { row, u } = await teacher();
    await u.send("/settings");
    await u.press(L.ru.quiet);
    await u.press(L.ru.type);
    await u.press(L.ru.cancel);
    expect(u.messages().at(-2)?.text).toBe(L.ru.left);
    expect(u.lastMessage().text).toContain(L.ru.quietDefault);
    await u.press(L.ru.type);
    await u.send("/menu");
    expect(u.messages().some((m) => m.text === L.ru.left)).toBe(true);
    await u.send("22:30-07:00");
    expect(await timeColumns(row.id)).toMatchObject({ quietFrom: null, quietUntil: null });
  });
});

describe("mute from a nudge", () => {
  const job = nudgesJob(EVENT_NUDGES, { defaultTimezone: "Asia/Omsk", quietHours: { from: 21 * 60, until: 8 * 60 } });
  const logger = pino({ level: "silent" });

  /** An event starting a day and `after` from now that this person signed up for; the day-before reminder is delivered. */
  async function remindOfEvent(userId: number, after: number): Promise<void> {
    const now = clock.now();
    const eventId = await makeEvent(app.t.db, { startsAt: new Date(now.getTime() + DAY + after) }, now);
    await app.t.db.registration.create({ data: { eventId, userId, status: "registered" } });
    clock.advance(after);
    await job.run({ db: app.t.db, clock, logger }, clock.now(), new Date(clock.now().getTime() - 10 * MINUTE));
    await app.h.outbox.sendAllDue();
  }

  for (const lang of ["ru", "en"] as const) {
    const l = L[lang];

    it(`mutes that kind, says where to turn it on, and no more come; "Undo" brings them back (${lang})`, async () => {
      const { row, u } = await teacher(lang);
      await remindOfEvent(row.id, 5 * MINUTE);
      const nudge = u.lastMessage();
      expect(nudge.buttons.at(-1)).toEqual([l.mute]);

      await u.press(l.mute);
      expect(u.lastAnswer()?.text).toBe(l.toast);
      const reply = u.lastMessage();
      expect(reply.id).not.toBe(nudge.id);
      expect(reply).toMatchObject({ text: l.muted, buttons: [[l.undo]] });
      expect(await choices(row.id)).toEqual([{ kind: "event-day", enabled: false }]);

      await remindOfEvent(row.id, 5 * MINUTE);
      expect(u.lastMessage().id).toBe(reply.id);

      await u.press(l.undo, { inMessage: reply.id });
      expect(u.messages().find((m) => m.id === reply.id)).toMatchObject({ text: l.undone, buttons: [] });
      expect(await choices(row.id)).toEqual([{ kind: "event-day", enabled: true }]);
      await remindOfEvent(row.id, 5 * MINUTE);
      expect(u.lastMessage().buttons.at(-1)).toEqual([l.mute]);
      expect(u.lastMessage().id).not.toBe(reply.id);

      await u.send("/settings");
      await u.press(l.reminders);
      expect(u.lastMessage().buttons[0]).toEqual([on(l.day)]);
    });
  }

  it("a forged kind is outdated and stores nothing; someone not registered is told to register", async () => {
    const { row, u } = await teacher();
    await u.send("/menu");
    await u.pressData(NUDGE_DATA.mute("no-such-kind"));
    expect(u.lastAnswer()?.text).toBe(L.ru.outdated);
    await u.pressData(NUDGE_DATA.unmute("plan-deadlines"));
    expect(u.lastAnswer()?.text).toBe(L.ru.outdated);
    expect(await choices(row.id)).toEqual([]);

    const stranger = app.h.user({ languageCode: "ru" });
    await stranger.send("/help");
    await stranger.pressData(NUDGE_DATA.mute("event-day"));
    expect(stranger.lastAnswer()?.text).toBe("Сначала зарегистрируйтесь: отправьте /start.");
    expect(await app.t.db.nudgePreference.count({ where: { kind: "event-day", enabled: false, user: { telegramId: BigInt(stranger.id) } } })).toBe(0);
  });
});
