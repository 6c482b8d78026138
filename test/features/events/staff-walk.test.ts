// What a methodologist met walking the real bot (issue #9, point 17): editing a saved event's title
// was headed "New event"; "Skip" on its description question silently erased the description (with
// "✅ Saved." and a card that does not show descriptions); a measure's date "10 декабря 2026 г."
// was followed by a second full stop; a time change nobody is signed up for promised each a message.
import { beforeAll, describe, expect, it } from "vitest";
import type { TestDb } from "../../support/db.ts";
import { makeEvent } from "../../support/events.ts";
import type { FakeUser } from "../../support/harness.ts";
import { useMethodologists } from "../../support/methodologists.ts";

let t: TestDb;
let ru: FakeUser;
let en: FakeUser;
let ruId: number;
let enId: number;
const HOUR = 3_600_000;
const Y = new Date().getUTCFullYear() + 1;

const staff = useMethodologists();
beforeAll(() => void ({ t, ru, en, ruId, enId } = staff));

async function ownEvent(title: string, createdById: number, description: string) {
  const start = Date.UTC(Y, 11, 5, 9, 0);
  const id = await makeEvent(t.db, { title, startsAt: new Date(start), endsAt: new Date(start + 2 * HOUR) });
  await t.db.event.update({ where: { id }, data: { createdById, description } });
  return id;
}

const descriptionOf = async (id: number) => (await t.db.event.findUniqueOrThrow({ where: { id } })).description;

describe("editing a saved event's title and description", () => {
  it("asks for the new title without calling the event new, and names the button that removes the description (ru)", async () => {
    const id = await ownEvent("Семинар с описанием", ruId, "Подготовьте один свой урок.");
    await ru.send("/events_manage");
    await ru.press(/Семинар с описанием/);
    await ru.press("✏️ Название, описание, места…");
    await ru.press("Название");
    expect(ru.lastMessage().text).not.toContain("Новое событие");
    expect(ru.lastMessage().buttons.flat()).toContain("✔️ Семинар с описанием");
    await ru.press("✔️ Семинар с описанием");

    await ru.press("✏️ Название, описание, места…");
    await ru.press("Описание");
    const question = ru.lastMessage();
    expect(question.buttons.flat()).not.toContain("Пропустить");
    expect(question.text).toContain("«🗑 Без описания» уберёт его");
    await ru.press("✔️ Подготовьте один свой урок.");
    expect(await descriptionOf(id)).toBe("Подготовьте один свой урок.");

    await ru.press("✏️ Название, описание, места…");
    await ru.press("Описание");
    await ru.press("🗑 Без описания");
    expect(await descriptionOf(id)).toBe("");
  });

  it("the same in English", async () => {
    const id = await ownEvent("Speaking club", enId, "Bring your questions.");
    await en.send("/events_manage");
    await en.press(/Speaking club/);
    await en.press("✏️ Title, description, seats…");
    await en.press("Title");
    expect(en.lastMessage().text).not.toContain("New event");
    await en.press("✔️ Speaking club");

    await en.press("✏️ Title, description, seats…");
    await en.press("Description");
    expect(en.lastMessage().buttons.flat()).not.toContain("Skip");
    expect(en.lastMessage().text).toContain("“🗑 No description” removes it");
    await en.press("✔️ Bring your questions.");
    expect(await descriptionOf(id)).toBe("Bring your questions.");
  });

  it("still offers “Skip” for a new event's description", async () => {
    await en.send("/newevent");
    await en.send("A brand new event");
    await en.press("webinar");
    expect(en.lastMessage().buttons.flat()).toContain("Skip");
    expect(en.lastMessage().text).toContain("Or tap “Skip”");
  });
});

describe("an event from a plan measure", () => {
  it("quotes a schedule ending in “г.” without a second full stop", async () => {
    const plan = await t.db.plan.create({ data: { identityKey: "title:план прогулки", title: "План", sourceName: "plan.txt" } });
    const measure = await t.db.measure.create({
      data: { planId: plan.id, number: "3.2", position: 1, title: "Семинар школы молодого педагога", schedule: `10 декабря ${Y} г.`, kind: "seminar", contentHash: "x", dates: { create: [{ start: new Date(Date.UTC(Y, 11, 10)), end: new Date(Date.UTC(Y, 11, 10)) }] } },
    });
    await ru.pressData(`ev:frommeasure:${measure.id}`);
    await ru.press(/^✔️ Семинар школы/);
    await ru.press("● семинар");
    await ru.press("Пропустить");
    expect(ru.lastMessage().text).toContain(`По плану: 10 декабря ${Y} г. Например: 10.12.${Y} 15:00`);
  });
});

describe("changing the time of an event nobody signed up for", () => {
  it("does not promise each of nobody a message", async () => {
    await ownEvent("Empty workshop", enId, "");
    await en.send("/events_manage");
    await en.press(/Empty workshop/);
    await en.press("🕒 Change time");
    await en.send(`12.12.${Y} 16:00`);
    await en.press("2 h");
    expect(en.lastMessage().text).toContain("Nobody is signed up or waiting, so nobody needs telling.");
    expect(en.lastMessage().text).not.toContain("each will get a message");
    await en.press("✖️ Cancel");

    await ownEvent("Пустой семинар", ruId, "");
    await ru.send("/events_manage");
    await ru.press(/Пустой семинар/);
    await ru.press("📍 Место или ссылка");
    await ru.send("ул. Ленина, 12");
    expect(ru.lastMessage().text).toContain("Записавшихся и ожидающих нет — сообщать некому.");
  });
});

describe("aiming an event at a place, in English", () => {
  it("says the names are in Russian, before and after a Latin search finds nothing", async () => {
    await en.send("/newevent");
    await en.send("Speaking club for Kachkanar");
    await en.press("webinar");
    await en.press("Skip");
    await en.send(`15.12.${Y} 16:00`);
    await en.press("1 h");
    await en.press("Skip");
    await en.press("👤 Me: Smith Mary");
    await en.press("No limit");
    await en.press("Until the start");
    await en.press("📍 Another municipality or a school…");
    expect(en.lastMessage().text).toContain("in Russian as the list writes it");
    await en.send("Kachkanar");
    expect(en.lastMessage().text).toContain("The names are in Russian");
    await en.send("качк");
    expect(en.lastMessage().buttons.flat()).toContain("Качканарский городской округ");
  });
});
