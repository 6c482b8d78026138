// "🔎 Search": the words, then what they found as a screen of its own, paged by its buttons.
import type { ConversationContext } from "../../bot/context.ts";
import { CANCELLED, Flow, type Conv } from "../../bot/flow.ts";
import { compact } from "../../bot/screen.ts";
import { listScreen, practicesHomeScreen } from "./browse-screens.ts";
import { searchQuery } from "./search.ts";

export const SEARCH_PRACTICES = "search-practices";
export type SearchPracticesArgs = { lang: string };

export async function searchPracticesConversation(conversation: Conv, ctx: ConversationContext, args: SearchPracticesArgs) {
  const flow = new Flow(conversation, ctx, args.lang, { leave: "practice-search-left" });
  const query = await flow.step<string>({
    cancellable: true,
    screen: () => ({ text: flow.t("practice-ask-search") }),
    onText: (text) => {
      const words = searchQuery(text);
      return words ? { done: words } : { refuse: flow.t("practice-search-hint") };
    },
  });
  const lang = flow.lang;
  await conversation.external(async (outer) => {
    outer.i18n.useLocale(lang);
    const screen = query === CANCELLED ? await practicesHomeScreen(outer) : await listScreen(outer, { list: "search", query }, 0);
    await outer.reply(screen.text, { parse_mode: "HTML", reply_markup: compact(screen.keyboard) });
  });
}
