// Composing an announcement: the message, its buttons, the audience with a live count, the
// preview as recipients get it, then send now or at a time. Nothing is stored before "Send";
// sending re-reads the author's scope.
import type { ConversationContext } from "../../bot/context.ts";
import { CANCELLED, Flow, type Conv } from "../../bot/flow.ts";
import { showHome } from "../../bot/main-menu.ts";
import { formatQuietHours } from "../../core/quiet-hours.ts";
import { EVERYBODY, scopeOf } from "./audience.ts";
import { askContent, askButtons, buttonRows } from "./compose-steps.ts";
import { askBroadcastAudience, type AudienceChoice } from "./compose-steps-audience.ts";
import { previewAndConfirm } from "./compose-steps-confirm.ts";
import { muteRow, sendComposed } from "./send-handlers.ts";

export const COMPOSE_BROADCAST = "compose-broadcast";
export type ComposeArgs = { lang: string };

export async function composeBroadcast(conversation: Conv, ctx: ConversationContext, args: ComposeArgs) {
  const flow = new Flow(conversation, ctx, args.lang, { leave: "broadcast-left" });
  const setup = await conversation.external((outer) => {
    const scope = scopeOf(outer.member);
    if (!scope || !outer.member) return null;
    const { config } = outer.deps;
    return {
      scope,
      zone: outer.member.timezone ?? config.defaultTimezone,
      paid: config.paidSendRatePerSecond !== null,
      quietHours: formatQuietHours(config.quietHours),
    };
  });
  if (!setup) return finish(flow, "error-not-allowed");
  const { scope, zone } = setup;

  const copy = await askContent(flow);
  if (copy === CANCELLED) return finish(flow, "broadcast-cancelled");
  const extra = await askButtons(flow, { zone });
  if (extra === CANCELLED) return finish(flow, "broadcast-cancelled");
  const buttons = buttonRows(extra);

  let choice: AudienceChoice = { audience: structuredClone(EVERYBODY), place: null, eventTitle: null };
  for (;;) {
    const picked = await askBroadcastAudience(flow, { scope, zone, initial: choice });
    if (picked === CANCELLED) return finish(flow, "broadcast-cancelled");
    choice = picked;
    // The preview carries the mute row recipients get; sending adds it again for the scope of that moment.
    const decision = await previewAndConfirm(flow, { copy, buttons: [...buttons, muteRow(scope)], choice, scope, zone, paid: setup.paid, quietHours: setup.quietHours });
    if (decision === CANCELLED) return finish(flow, "broadcast-cancelled");
    if (decision === "audience") continue;
    const lang = flow.lang;
    const sent = await conversation.external(async (outer) => {
      outer.i18n.useLocale(lang);
      return sendComposed(outer, { copy, buttons, audience: choice.audience, urgent: decision.urgent, at: decision.at === null ? null : new Date(decision.at) });
    });
    if ("refused" in sent) return finish(flow, sent.refused);
    return;
  }
}

async function finish(flow: Flow, notice: string) {
  await flow.say(flow.t(notice));
  const lang = flow.lang;
  await flow.conversation.external(async (outer) => {
    outer.i18n.useLocale(lang);
    await showHome(outer);
  });
}
