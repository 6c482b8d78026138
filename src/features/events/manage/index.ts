import { createConversation } from "@grammyjs/conversations";
import { Composer } from "grammy";
import type { Context } from "../../../bot/context.ts";
import { compact, editScreen } from "../../../bot/screen.ts";
import { AppError } from "../../../errors.ts";
import { pickLocale } from "../../../i18n/index.ts";
import { showHome } from "../../../bot/main-menu.ts";
import { can } from "../../roles/permissions.ts";
import { relocateConversation, rescheduleConversation } from "./change-conversations.ts";
import { createEventConversation } from "./create-conversation.ts";
import { ANY_MANAGE_DATA, MANAGE_DATA } from "../callbacks.ts";
import { CREATE_EVENT, EDIT_EVENT, RELOCATE_EVENT, RESCHEDULE_EVENT, type ChangeEventArgs, type CreateEventArgs, type EditEventArgs } from "./ids.ts";
import { editEventConversation } from "./edit-conversation.ts";
import { changeRefusal } from "./card.ts";
import { cancelConfirmScreen, editFieldsScreen, manageEventScreen, manageListScreen, type ManageScreen } from "./screens.ts";
import { loadManagedEvent } from "./service.ts";
import { cancelEvent } from "./update-event.ts";
import { onlyWith } from "../../roles/guard.ts";

/**
 * Creating events and changing or cancelling them, for methodologists and admins: /newevent,
 * /events_manage, the main-menu buttons, and `ev:frommeasure:<id>` from the plan browser.
 * Every command and button re-checks "events.manage" on the server.
 */
export const eventsManageFeature = new Composer<Context>();

eventsManageFeature.use(createConversation(createEventConversation, CREATE_EVENT));
eventsManageFeature.use(createConversation(rescheduleConversation, RESCHEDULE_EVENT));
eventsManageFeature.use(createConversation(relocateConversation, RELOCATE_EVENT));
eventsManageFeature.use(createConversation(editEventConversation, EDIT_EVENT));

const langOf = (ctx: Context) => pickLocale(ctx.member?.lang, ctx.from?.language_code);

const registered = eventsManageFeature.filter((ctx) => ctx.member?.onboarded === true);

registered.command("newevent", async (ctx) => {
  if (!can(ctx.member, "events.manage")) return void (await ctx.reply(ctx.t("error-not-allowed")));
  const args: CreateEventArgs = { lang: langOf(ctx), measureId: null };
  await ctx.conversation.enter(CREATE_EVENT, args);
});

registered.command("events_manage", async (ctx) => {
  if (!can(ctx.member, "events.manage")) return void (await ctx.reply(ctx.t("error-not-allowed")));
  const screen = await manageListScreen(ctx, { when: "up", whose: "mine", page: 0 });
  await ctx.reply(screen.text, { parse_mode: "HTML", reply_markup: compact(screen.keyboard), link_preview_options: { is_disabled: true } });
});

const manage = eventsManageFeature.callbackQuery(ANY_MANAGE_DATA);

manage.use(onlyWith("events.manage"));

async function show(ctx: Context, screen: ManageScreen | null) {
  if (!screen) return void (await ctx.answerCallbackQuery({ text: ctx.t("error-event-not-found"), show_alert: true }));
  await ctx.answerCallbackQuery();
  await editScreen(ctx, screen);
}

manage.callbackQuery(MANAGE_DATA.fromMeasure.pattern, async (ctx) => {
  const [measureId] = MANAGE_DATA.fromMeasure.parse(ctx.match);
  // An archived measure, or one of an archived plan, is not offered: an old or forged button changes nothing.
  const measure = await ctx.deps.db.measure.findUnique({ where: { id: measureId }, select: { archivedAt: true, plan: { select: { archivedAt: true } } } });
  if (!measure || measure.archivedAt || measure.plan.archivedAt) {
    const reason = !measure ? "error-not-found" : measure.plan.archivedAt ? "plans-measure-plan-archived" : "plans-measure-archived";
    return void (await ctx.answerCallbackQuery({ text: ctx.t(reason), show_alert: true }));
  }
  await ctx.answerCallbackQuery();
  const args: CreateEventArgs = { lang: langOf(ctx), measureId };
  await ctx.conversation.enter(CREATE_EVENT, args);
});

manage.callbackQuery(MANAGE_DATA.create, async (ctx) => {
  await ctx.answerCallbackQuery();
  const args: CreateEventArgs = { lang: langOf(ctx), measureId: null };
  await ctx.conversation.enter(CREATE_EVENT, args);
});

manage.callbackQuery(MANAGE_DATA.list.pattern, async (ctx) => {
  const [page] = MANAGE_DATA.list.parse(ctx.match);
  await show(ctx, await manageListScreen(ctx, { when: "up", whose: "mine", page }));
});
manage.callbackQuery(MANAGE_DATA.listOf.pattern, async (ctx) => {
  const [when, whose, page] = MANAGE_DATA.listOf.parse(ctx.match);
  await show(ctx, await manageListScreen(ctx, { when, whose, page }));
});
manage.callbackQuery(MANAGE_DATA.edit.pattern, async (ctx) => show(ctx, await editFieldsScreen(ctx, ...MANAGE_DATA.edit.parse(ctx.match))));
manage.callbackQuery(MANAGE_DATA.editField.pattern, async (ctx) => {
  const [eventId, field] = MANAGE_DATA.editField.parse(ctx.match);
  await ctx.answerCallbackQuery();
  const args: EditEventArgs = { lang: langOf(ctx), eventId, field };
  await ctx.conversation.enter(EDIT_EVENT, args);
});
manage.callbackQuery(MANAGE_DATA.event.pattern, async (ctx) => show(ctx, await manageEventScreen(ctx, ...MANAGE_DATA.event.parse(ctx.match))));
manage.callbackQuery(MANAGE_DATA.cancel.pattern, async (ctx) => show(ctx, await cancelConfirmScreen(ctx, ...MANAGE_DATA.cancel.parse(ctx.match))));

async function enterChange(ctx: Context, conversation: typeof RESCHEDULE_EVENT | typeof RELOCATE_EVENT, eventId: number) {
  await ctx.answerCallbackQuery();
  const args: ChangeEventArgs = { lang: langOf(ctx), eventId };
  await ctx.conversation.enter(conversation, args);
}

manage.callbackQuery(MANAGE_DATA.time.pattern, (ctx) => enterChange(ctx, RESCHEDULE_EVENT, ...MANAGE_DATA.time.parse(ctx.match)));
manage.callbackQuery(MANAGE_DATA.place.pattern, (ctx) => enterChange(ctx, RELOCATE_EVENT, ...MANAGE_DATA.place.parse(ctx.match)));

manage.callbackQuery(MANAGE_DATA.cancelConfirmed.pattern, async (ctx) => {
  const [eventId] = MANAGE_DATA.cancelConfirmed.parse(ctx.match);
  let told;
  try {
    told = await cancelEvent(ctx.deps.db, { eventId, now: ctx.deps.clock.now() });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    await ctx.answerCallbackQuery({ text: changeRefusal(ctx.t.bind(ctx), error.code), show_alert: true });
    return;
  }
  await ctx.answerCallbackQuery({ text: ctx.t("event-manage-cancelled") });
  const screen = await manageEventScreen(ctx, eventId);
  if (screen) await editScreen(ctx, screen);
  ctx.deps.outbox.wake();
  await ctx.reply(ctx.t("event-manage-told", { count: told }));
});

manage.callbackQuery(MANAGE_DATA.menu, async (ctx) => {
  await ctx.answerCallbackQuery();
  await showHome(ctx, { edit: true });
});

/** An old or made-up button of this feature changes nothing. */
manage.use(async (ctx) => {
  await ctx.answerCallbackQuery({ text: ctx.t("button-outdated") });
});
