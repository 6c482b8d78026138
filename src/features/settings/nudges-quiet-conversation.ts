// Typing one's own quiet hours ("22:30-07:00"). A step of a Flow conversation rather than a bare
// text handler: the question is remembered in the database (across restarts and instances), it
// has Cancel and /cancel, a command or another button closes it as every other question of the
// bot does, and it does not compete with the other features' text (check-in codes, searches).
import type { ConversationContext } from "../../bot/context.ts";
import { CANCELLED, Flow, type Conv } from "../../bot/flow.ts";
import { formatQuietHours, parseQuietHours, type QuietHours } from "../../core/quiet-hours.ts";
import type { EditQuietHoursArgs } from "./nudges-ids.ts";
import { quietMenu, quietText } from "./nudges-menus.ts";
import { setQuietHours } from "./nudges-service.ts";

export async function editQuietHours(conversation: Conv, ctx: ConversationContext, args: EditQuietHoursArgs) {
  const flow = new Flow(conversation, ctx, args.lang, { leave: "settings-quiet-left" });
  const userId = await conversation.external((outer) => outer.member?.userId ?? 0);
  if (!userId) return;
  const hours = await flow.step<QuietHours>({
    cancellable: true,
    screen: () => ({ text: flow.t("settings-quiet-ask") }),
    onText: (text) => {
      const parsed = parseQuietHours(text);
      return parsed ? { done: parsed } : { refuse: flow.t("settings-quiet-invalid") };
    },
  });
  if (hours === CANCELLED) {
    await flow.say(flow.t("settings-quiet-left"));
  } else {
    await conversation.external((outer) => setQuietHours(outer.deps.db, userId, hours));
    await flow.say(flow.t("settings-quiet-saved", { hours: hours.from === hours.until ? flow.t("settings-quiet-off") : formatQuietHours(hours) }));
  }
  await conversation.external(async (outer) => {
    outer.i18n.useLocale(flow.lang);
    await outer.reply(await quietText(outer), { parse_mode: "HTML", reply_markup: await quietMenu.markup(outer) });
  });
}
