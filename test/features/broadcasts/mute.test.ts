// Muting announcements (issue #10, point 9): from the announcement itself, with a way back, and
// from /settings, per kind (the region's, the municipality's); a muted person gets no more of
// that kind and still gets the other.
import { DEFAULT_QUIET_HOURS } from "../../../src/core/quiet-hours.ts";
import { describe, expect, it } from "vitest";
import { EVERYBODY, type Scope } from "../../../src/features/broadcasts/audience.ts";
import { BROADCAST_DATA } from "../../../src/features/broadcasts/callbacks.ts";
import { mutedKinds, setMuted } from "../../../src/features/broadcasts/mute.ts";
import { saveBroadcast, startBroadcast } from "../../../src/features/broadcasts/service.ts";
import { useApp } from "../../support/app.ts";
import { createTeacher } from "../../support/factories.ts";
import type { FakeUser } from "../../support/harness.ts";

const app = useApp();

type Lang = "ru" | "en";

async function teacher(lang: Lang = "ru") {
  const row = await createTeacher(app.t.db, { lang });
  return { row, u: app.h.user({ id: Number(row.telegramId), languageCode: lang }) as FakeUser };
}

/** An announcement of this kind to this one person, with the mute button the compose flow puts on it, delivered. */
async function announce(userId: number, scope: Scope, text: string): Promise<number> {
  const db = app.t.db;
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  const audience = { ...EVERYBODY, schoolIds: [user.schoolId!] };
  const id = await saveBroadcast(
    db,
    { authorId: userId, scope, copy: { kind: "text", text, entities: [], previewOff: false }, buttons: [[{ key: "broadcast-button-mute", data: BROADCAST_DATA.mute(scope.kind) }]], audience, urgent: true },
    { at: null, now: new Date() },
  );
  await startBroadcast(db, id, new Date(), { paidBroadcasts: false, defaultTimezone: "Asia/Omsk", quietHours: DEFAULT_QUIET_HOURS });
  await app.h.outbox.sendAllDue();
  return id;
}

const regional: Scope = { kind: "regional" };
const municipalOf = (municipalityId: number): Scope => ({ kind: "municipal", municipalityIds: [municipalityId], schoolIds: [] });
const flags = (userId: number) => app.t.db.user.findUniqueOrThrow({ where: { id: userId }, select: { muteRegional: true, muteMunicipal: true } });

describe("the rule", () => {
  it("mutes and unmutes one kind, leaving the other as it was", async () => {
    const { row } = await teacher();
    expect(await mutedKinds(app.t.db, row.id)).toEqual({ regional: false, municipal: false });
    expect(await setMuted(app.t.db, row.id, "municipal", true)).toBe(true);
    expect(await mutedKinds(app.t.db, row.id)).toEqual({ regional: false, municipal: true });
    await setMuted(app.t.db, row.id, "regional", true);
    await setMuted(app.t.db, row.id, "municipal", false);
    expect(await mutedKinds(app.t.db, row.id)).toEqual({ regional: true, municipal: false });
    expect(await setMuted(app.t.db, 987_654_321, "regional", true)).toBe(false);
  });
});

describe("from the announcement", () => {
  for (const lang of ["ru", "en"] as const) {
    const l = {
      ru: {
        mute: "🔕 Не присылать такие рассылки",
        toast: "🔕 Отключено",
        muted: "🔕 Вы больше не будете получать рассылки региона. Включить их снова можно в /settings.",
        undo: "↩️ Отменить",
        undone: "🔔 Рассылки региона снова будут приходить.",
      },
      en: {
        mute: "🔕 Don’t send me such announcements",
        toast: "🔕 Turned off",
        muted: "🔕 You will no longer get the region’s announcements. You can turn them back on in /settings.",
        undo: "↩️ Undo",
        undone: "🔔 You will get the region’s announcements again.",
      },
    }[lang];

    it(`a tap mutes the region's announcements, says how to undo it, and no more come; "Undo" brings them back (${lang})`, async () => {
      const { row, u } = await teacher(lang);
      await announce(row.id, regional, `Первое объявление ${lang}`);
      const announcement = u.lastMessage();
      expect(announcement.text).toBe(`Первое объявление ${lang}`);
      expect(announcement.buttons).toEqual([[l.mute]]);

      await u.press(l.mute);
      expect(u.lastAnswer()?.text).toBe(l.toast);
      const reply = u.lastMessage();
      expect(reply.id).not.toBe(announcement.id);
      expect(reply.text).toBe(l.muted);
      expect(reply.buttons).toEqual([[l.undo]]);
      expect(u.messages().find((m) => m.id === announcement.id)?.text).toBe(`Первое объявление ${lang}`);
      expect(await flags(row.id)).toEqual({ muteRegional: true, muteMunicipal: false });

      await announce(row.id, regional, `Второе объявление ${lang}`);
      expect(u.messages().some((m) => m.text === `Второе объявление ${lang}`)).toBe(false);
      // The municipality's still come.
      await announce(row.id, municipalOf(row.municipalityId!), `Муниципальное ${lang}`);
      expect(u.lastMessage().text).toBe(`Муниципальное ${lang}`);

      await u.press(l.undo, { inMessage: reply.id });
      expect(u.messages().find((m) => m.id === reply.id)).toMatchObject({ text: l.undone, buttons: [] });
      expect(await flags(row.id)).toEqual({ muteRegional: false, muteMunicipal: false });
      await announce(row.id, regional, `Третье объявление ${lang}`);
      expect(u.lastMessage().text).toBe(`Третье объявление ${lang}`);
    });
  }

  it("a municipality's announcement mutes only the municipality's", async () => {
    const { row, u } = await teacher();
    await announce(row.id, municipalOf(row.municipalityId!), "От координатора");
    await u.press("🔕 Не присылать такие рассылки");
    expect(u.lastMessage().text).toBe("🔕 Вы больше не будете получать рассылки вашего муниципалитета. Включить их снова можно в /settings.");
    expect(await flags(row.id)).toEqual({ muteRegional: false, muteMunicipal: true });
    await announce(row.id, municipalOf(row.municipalityId!), "Ещё от координатора");
    expect(u.messages().some((m) => m.text === "Ещё от координатора")).toBe(false);
    await announce(row.id, regional, "От методиста");
    expect(u.lastMessage().text).toBe("От методиста");
  });

  it("someone not registered is told to register first, and nothing is stored", async () => {
    const stranger = app.h.user({ languageCode: "ru" });
    // A chat to press in: /help stores nothing.
    await stranger.send("/help");
    const before = await app.t.db.user.count();
    await stranger.pressData(BROADCAST_DATA.mute("regional"));
    expect(stranger.lastAnswer()?.text).toBe("Сначала зарегистрируйтесь: отправьте /start.");
    await stranger.pressData(BROADCAST_DATA.unmute("regional"));
    expect(stranger.lastAnswer()?.text).toBe("Сначала зарегистрируйтесь: отправьте /start.");
    expect(await app.t.db.user.count()).toBe(before);
  });
});

describe("in /settings", () => {
  for (const lang of ["ru", "en"] as const) {
    const l = {
      ru: { language: "🌐 Язык", reminders: [["🔔 Напоминания"], ["🕒 Часовой пояс", "🌙 Тихие часы"]], regionOn: "📣 Рассылки региона: вкл", regionOff: "📣 Рассылки региона: выкл", townOn: "📣 Рассылки муниципалитета: вкл", townOff: "📣 Рассылки муниципалитета: выкл", back: "‹ Назад", about: "рассылки муниципалитета — координаторы" },
      en: { language: "🌐 Language", reminders: [["🔔 Reminders"], ["🕒 Time zone", "🌙 Quiet hours"]], regionOn: "📣 Region’s announcements: on", regionOff: "📣 Region’s announcements: off", townOn: "📣 Municipality’s announcements: on", townOff: "📣 Municipality’s announcements: off", back: "‹ Back", about: "your municipality’s from the coordinators" },
    }[lang];

    it(`two toggles turn each kind off and on in place, and the screen says what they mean (${lang})`, async () => {
      const { row, u } = await teacher(lang);
      await u.send("/settings");
      const settings = u.lastMessage();
      expect(settings.text).toContain(l.about);
      expect(settings.buttons).toEqual([[l.language], ...l.reminders, [l.regionOn], [l.townOn], [l.back]]);

      await u.press(l.regionOn);
      expect(u.lastMessage().id).toBe(settings.id);
      expect(u.lastMessage().buttons).toEqual([[l.language], ...l.reminders, [l.regionOff], [l.townOn], [l.back]]);
      expect(await flags(row.id)).toEqual({ muteRegional: true, muteMunicipal: false });

      await u.press(l.townOn);
      expect(u.lastMessage().buttons).toEqual([[l.language], ...l.reminders, [l.regionOff], [l.townOff], [l.back]]);
      expect(await flags(row.id)).toEqual({ muteRegional: true, muteMunicipal: true });

      await u.press(l.regionOff);
      expect(u.lastMessage().buttons).toEqual([[l.language], ...l.reminders, [l.regionOn], [l.townOff], [l.back]]);
      expect(await flags(row.id)).toEqual({ muteRegional: false, muteMunicipal: true });
      expect(u.messages()).toHaveLength(1);
    });
  }

  it("shows what was muted from an announcement", async () => {
    const { row, u } = await teacher();
    await announce(row.id, regional, "Объявление");
    await u.press("🔕 Не присылать такие рассылки");
    await u.send("/settings");
    expect(u.lastMessage().buttons).toContainEqual(["📣 Рассылки региона: выкл"]);
    expect(u.lastMessage().buttons).toContainEqual(["📣 Рассылки муниципалитета: вкл"]);
  });
});
