import { Bot, type MiddlewareFn } from "grammy";
import { fileFetcher, type ClientFetch } from "./files.ts";
import { autoRetry } from "@grammyjs/auto-retry";
import { sequentialize } from "@grammyjs/runner";
import { chatLockMiddleware, type ChatLock } from "./chat-lock/index.ts";
import { conversations, createConversation } from "@grammyjs/conversations";
import type { Context, ConversationContext, Deps } from "./context.ts";
import { conversationKey, conversationStorage } from "./conversation-storage.ts";
import { attachDeps } from "./middlewares/deps.ts";
import { errorHandler } from "./middlewares/errors.ts";
import { unchangedEditIsDone } from "./screen.ts";
import { sharedI18n } from "../i18n/index.ts";
import { attachMainMenu, createMainMenu, mainMenuFeature } from "./main-menu.ts";
import { CREATE_INVITE, EDIT_DIRECTORY } from "../features/admin/ids.ts";
import { editDirectory } from "../features/directory/conversation.ts";
import { onboarding, ONBOARDING } from "../features/onboarding/conversation.ts";
import { onboardingFeature } from "../features/onboarding/index.ts";
import { editProfile } from "../features/profile/conversations.ts";
import { EDIT_PROFILE } from "../features/profile/ids.ts";
import { rolesFeature } from "../features/roles/index.ts";
import { directoryFeature } from "../features/directory/index.ts";
import { createInviteConversation } from "../features/roles/invite-conversation.ts";
import { plansFeature } from "../features/plans/index.ts";
import { planDeadlinesFeature } from "../features/plans/deadline-handlers.ts";
import { eventsFeature } from "../features/events/index.ts";
import { unhandledFeature } from "../features/unhandled/index.ts";
import { groupsFeature } from "../features/groups/index.ts";
import { reachabilityFeature } from "../features/reachability/index.ts";
import { eventsManageFeature } from "../features/events/manage/index.ts";
import { eventsMenuEntries } from "../features/events/menu.ts";
import { eventManageMenuEntries } from "../features/events/manage/menu-buttons.ts";
import { coordinatorMenuEntries } from "../features/events/coordinator-screens.ts";
import { plansMenuEntries } from "../features/plans/index.ts";
import { profileMenuEntries } from "../features/profile/index.ts";
import { settingsFeature, settingsMenuEntries } from "../features/settings/index.ts";
import { nudgeMuteFeature } from "../features/settings/nudges-mute.ts";
import { EDIT_QUIET_HOURS } from "../features/settings/nudges-ids.ts";
import { editQuietHours } from "../features/settings/nudges-quiet-conversation.ts";
import { adminFeature, adminMenuEntries } from "../features/admin/index.ts";
import { helpFeature, helpMenuEntries } from "../features/help/index.ts";
import { schoolRequestsFeature } from "../features/school-requests/index.ts";
import { broadcastsFeature, broadcastsMenuEntries } from "../features/broadcasts/index.ts";
import { COMPOSE_BROADCAST, composeBroadcast } from "../features/broadcasts/compose-conversation.ts";
import { diagnosticsAggregateMenuEntries, diagnosticsAggregatesFeature, diagnosticsManageFeature, diagnosticsManageMenuEntries } from "../features/diagnostics/index.ts";
import { diagnosticsMenuEntries, diagnosticsTakeFeature } from "../features/diagnostics/teacher.ts";
import { trainingFeature } from "../features/training/index.ts";
import { ADD_TRAINING, addTraining } from "../features/training/conversation.ts";
import { reportsFeature, reportsMenuEntries } from "../features/reports/handlers.ts";
import { reportExportsFeature } from "../features/reports/export-handlers.ts";
import { practicesFeature, practicesMenuEntries } from "../features/practices/index.ts";
import { SUBMIT_PRACTICE, submitPracticeConversation } from "../features/practices/submit-conversation.ts";
import { REVIEW_PRACTICE, reviewPracticeConversation } from "../features/practices/review-conversation.ts";
import { SEARCH_PRACTICES, searchPracticesConversation } from "../features/practices/search-conversation.ts";
import { IMPORT_PRACTICES, importPracticesConversation } from "../features/practices/import-conversation.ts";
import { mentoringFeature, mentoringMenuEntries } from "../features/mentoring/index.ts";
import { END_PAIR, OFFER_MENTORING, endMentoringPair, offerToMentor } from "../features/mentoring/conversations.ts";
import { meetingsFeature } from "../features/mentoring/meetings/index.ts";
import { ADD_MEETING, MEETING_NOTE, MOVE_MEETING, addMeetingConversation, meetingNoteConversation, moveMeetingConversation } from "../features/mentoring/meetings/conversations.ts";

/**
 * Bump when a conversation's code changes so that stored state would replay wrongly: old
 * state is then discarded, and onboarding, which saves every answer as it goes, resumes from
 * the database.
 */
export const CONVERSATION_VERSION = 7;

/**
 * The main menu, of every feature's entries (their rows and order place them, not this list).
 * Built once per process, as its submenus are: @grammyjs/menu registers a menu under one parent.
 */
const mainMenu = createMainMenu([
  ...eventsMenuEntries,
  ...diagnosticsMenuEntries,
  ...practicesMenuEntries,
  ...mentoringMenuEntries,
  ...profileMenuEntries,
  ...settingsMenuEntries,
  ...plansMenuEntries,
  ...eventManageMenuEntries,
  ...coordinatorMenuEntries,
  ...broadcastsMenuEntries,
  ...diagnosticsManageMenuEntries,
  ...diagnosticsAggregateMenuEntries,
  ...reportsMenuEntries,
  ...adminMenuEntries,
  ...helpMenuEntries,
]);

const RETRY = { maxRetryAttempts: 3, maxDelaySeconds: 60 };

/**
 * Conversations build an Api of their own for each update, which the bot's transformers never
 * reach: auto-retry goes onto each of them here, so a 429 mid-question is waited out, not an
 * internal error. (A replay meets a recorded 429 again and waits again: rare, and short.)
 */
const retryInConversations: MiddlewareFn<ConversationContext> = (ctx, next) => {
  ctx.api.config.use(autoRetry(RETRY));
  return next();
};

export type BotDeps = Omit<Deps, "fetchFile"> & {
  fetch?: ClientFetch;
  /** Several webhook instances: one update per chat at a time across all of them. */
  chatLock?: ChatLock | undefined;
};

export function createBot({ fetch, chatLock, ...base }: BotDeps): Bot<Context> {
  const deps: Deps = { ...base, fetchFile: fileFetcher({ apiRoot: base.config.apiRoot, token: base.config.botToken, fetch }) };
  const bot = new Bot<Context>(deps.config.botToken, { client: { apiRoot: deps.config.apiRoot, fetch } });
  bot.api.config.use(autoRetry(RETRY), unchangedEditIsDone);
  const i18n = sharedI18n();
  const onError = errorHandler(i18n, deps.logger);
  bot.catch(onError);

  // One update per chat at a time: a conversation must see a person's updates in order. Within
  // this process by sequentialize; across webhook instances by the chat lock.
  bot.use(sequentialize((ctx) => ctx.chatId?.toString()));
  if (chatLock) bot.use(chatLockMiddleware(chatLock, deps.logger));
  const guarded = bot.errorBoundary(onError);
  guarded.use(attachDeps(deps), attachMainMenu(mainMenu), i18n);
  guarded.use(groupsFeature, reachabilityFeature);

  const chats = guarded.chatType("private");
  chats.use(
    conversations<Context, ConversationContext>({
      storage: {
        type: "key",
        version: CONVERSATION_VERSION,
        getStorageKey: (ctx) => (ctx.chatId === undefined ? undefined : conversationKey(ctx.chatId)),
        adapter: conversationStorage(deps.db),
      },
      plugins: [i18n, retryInConversations],
    }),
  );
  chats.use(createConversation(onboarding, ONBOARDING));
  chats.use(createConversation(editProfile, EDIT_PROFILE));
  chats.use(createConversation(createInviteConversation, CREATE_INVITE));
  chats.use(createConversation(editDirectory, EDIT_DIRECTORY));
  chats.use(createConversation(editQuietHours, EDIT_QUIET_HOURS));
  chats.use(createConversation(composeBroadcast, COMPOSE_BROADCAST));
  chats.use(createConversation(addTraining, ADD_TRAINING));
  chats.use(createConversation(submitPracticeConversation, SUBMIT_PRACTICE), createConversation(reviewPracticeConversation, REVIEW_PRACTICE));
  chats.use(createConversation(searchPracticesConversation, SEARCH_PRACTICES), createConversation(importPracticesConversation, IMPORT_PRACTICES));
  chats.use(createConversation(offerToMentor, OFFER_MENTORING), createConversation(endMentoringPair, END_PAIR));
  chats.use(createConversation(addMeetingConversation, ADD_MEETING), createConversation(moveMeetingConversation, MOVE_MEETING), createConversation(meetingNoteConversation, MEETING_NOTE));

  // Before the plans' import: questionnaire files (.yaml/.yml/.json) are uploads of their own.
  chats.use(eventsManageFeature, broadcastsFeature, diagnosticsManageFeature, diagnosticsAggregatesFeature, reportExportsFeature, reportsFeature);
  // The admin guard goes before the main menu, which answers the admin submenus' buttons.
  chats.use(onboardingFeature, adminFeature, mainMenuFeature(mainMenu), settingsFeature, nudgeMuteFeature, helpFeature);
  chats.use(schoolRequestsFeature);
  chats.use(rolesFeature, directoryFeature, plansFeature, planDeadlinesFeature, eventsFeature, diagnosticsTakeFeature, trainingFeature, practicesFeature, meetingsFeature, mentoringFeature, unhandledFeature);
  return bot;
}
