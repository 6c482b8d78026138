// The pr: buttons: "💡 Practices" for everyone (browse, search, share, one's own) and, through
// review-handlers.ts, the methodologists' review and import. Every press is checked here against
// the practice as stored, whatever the button says.
import { Composer } from "grammy";
import type { Context } from "../../bot/context.ts";
import type { Member } from "../../core/member.ts";
import { showHome, type MenuEntry } from "../../bot/main-menu.ts";
import { compact, editScreen, type Screen } from "../../bot/screen.ts";
import { pickLocale } from "../../i18n/index.ts";
import { areasScreen, listScreen, practicesHomeScreen, subjectsScreen } from "./browse-screens.ts";
import { ANY_PRACTICE_DATA, PRACTICE_DATA, type CardOrigin } from "./callbacks.ts";
import { cardScreen } from "./card-screen.ts";
import { readablePractice, recordView } from "./card-service.ts";
import { myPracticesScreen } from "./mine-screen.ts";
import { practiceReviewFeature } from "./review-handlers.ts";
import { SEARCH_PRACTICES } from "./search-conversation.ts";
import { returnedPractice } from "./service.ts";
import { SUBMIT_PRACTICE, type SubmitPracticeArgs } from "./submit-conversation.ts";

type Registered = Context & { member: Member };

export const practicesFeature = new Composer<Context>();
const own = practicesFeature.filter((ctx): ctx is Registered => ctx.member?.onboarded === true).callbackQuery(ANY_PRACTICE_DATA);

const langOf = (ctx: Context) => pickLocale(ctx.member?.lang, ctx.from?.language_code);

/** A screen in place of the pressed message. */
const show = (open: (ctx: Context) => Promise<Screen>) => async (ctx: Context) => {
  await ctx.answerCallbackQuery();
  await editScreen(ctx, await open(ctx));
};

own.callbackQuery(PRACTICE_DATA.home, show(practicesHomeScreen));
own.callbackQuery(PRACTICE_DATA.subjects, show(subjectsScreen));
own.callbackQuery(PRACTICE_DATA.areas, show(areasScreen));
own.callbackQuery(PRACTICE_DATA.bySubject.pattern, (ctx) => {
  const [subject, page] = PRACTICE_DATA.bySubject.parse(ctx.match);
  return show((each) => listScreen(each, { list: "subject", subject }, page))(ctx);
});
own.callbackQuery(PRACTICE_DATA.byArea.pattern, (ctx) => {
  const [area, page] = PRACTICE_DATA.byArea.parse(ctx.match);
  return show((each) => listScreen(each, { list: "area", area }, page))(ctx);
});
own.callbackQuery(PRACTICE_DATA.found.pattern, (ctx) => {
  const [query, page] = PRACTICE_DATA.found.parse(ctx.match);
  return show((each) => listScreen(each, { list: "search", query }, page))(ctx);
});
own.callbackQuery(PRACTICE_DATA.mine.pattern, (ctx) => show((each) => myPracticesScreen(each, PRACTICE_DATA.mine.parse(ctx.match)[0]))(ctx));

/** The card if the person may read it, counted as opened; otherwise "not found" and nothing changes. */
async function openCard(ctx: Registered, practiceId: number, origin: CardOrigin): Promise<Screen | null> {
  const found = await readablePractice(ctx.deps.db, { practiceId, reader: ctx.member });
  if (!found) {
    await ctx.answerCallbackQuery({ text: ctx.t("error-not-found"), show_alert: true });
    return null;
  }
  await ctx.answerCallbackQuery();
  const card = await recordView(ctx.deps.db, { card: found, userId: ctx.member.userId, now: ctx.deps.clock.now() });
  return cardScreen(ctx, card, origin);
}

own.callbackQuery(PRACTICE_DATA.card.pattern, async (ctx) => {
  const [practiceId, origin] = PRACTICE_DATA.card.parse(ctx.match);
  const screen = await openCard(ctx, practiceId, origin);
  if (screen) await editScreen(ctx, screen);
});

/** From the route: the card as a message of its own, the route left in place. */
own.callbackQuery(PRACTICE_DATA.cardAsNew.pattern, async (ctx) => {
  const screen = await openCard(ctx, PRACTICE_DATA.cardAsNew.parse(ctx.match)[0], { list: "none" });
  if (screen) await ctx.reply(screen.text, { parse_mode: "HTML", reply_markup: compact(screen.keyboard), link_preview_options: { is_disabled: true } });
});

/** The document as a message of its own, which the person keeps. */
own.callbackQuery(PRACTICE_DATA.file.pattern, async (ctx) => {
  const card = await readablePractice(ctx.deps.db, { practiceId: PRACTICE_DATA.file.parse(ctx.match)[0], reader: ctx.member });
  if (!card?.fileId) return void (await ctx.answerCallbackQuery({ text: ctx.t("error-not-found"), show_alert: true }));
  await ctx.answerCallbackQuery();
  await ctx.replyWithChatAction("upload_document");
  await ctx.replyWithDocument(card.fileId);
});

own.callbackQuery(PRACTICE_DATA.submit, async (ctx) => {
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup();
  const args: SubmitPracticeArgs = { lang: langOf(ctx), practiceId: null };
  await ctx.conversation.enter(SUBMIT_PRACTICE, args);
});

/** Only the author's own practice, only while it is sent back to them. */
own.callbackQuery(PRACTICE_DATA.edit.pattern, async (ctx) => {
  const [practiceId] = PRACTICE_DATA.edit.parse(ctx.match);
  if (!(await returnedPractice(ctx.deps.db, { authorId: ctx.member.userId, practiceId }))) {
    return void (await ctx.answerCallbackQuery({ text: ctx.t("practice-edit-gone"), show_alert: true }));
  }
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup();
  const args: SubmitPracticeArgs = { lang: langOf(ctx), practiceId };
  await ctx.conversation.enter(SUBMIT_PRACTICE, args);
});

own.callbackQuery(PRACTICE_DATA.search, async (ctx) => {
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup();
  await ctx.conversation.enter(SEARCH_PRACTICES, { lang: langOf(ctx) });
});

own.callbackQuery(PRACTICE_DATA.menu, async (ctx) => {
  await ctx.answerCallbackQuery();
  await showHome(ctx, { edit: true });
});

own.use(practiceReviewFeature);

/** An old or made-up button of this feature changes nothing. */
practicesFeature.callbackQuery(ANY_PRACTICE_DATA, async (ctx) => {
  await ctx.answerCallbackQuery({ text: ctx.t("button-outdated") });
});

/** "💡 Practices" in the main menu, for everyone registered. */
export const practicesMenuEntries: MenuEntry[] = [{ label: "practice-menu", row: 25, screen: practicesHomeScreen }];
