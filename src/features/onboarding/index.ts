import { Composer } from "grammy";
import type { Context } from "../../bot/context.ts";
import { AppError } from "../../errors.ts";
import { pickLocale } from "../../i18n/index.ts";
import { showHome } from "../../bot/main-menu.ts";
import { sendEventCard } from "../events/index.ts";
import { redeemInvite } from "../roles/invites.ts";
import { roleLabel } from "../roles/labels.ts";
import type { Lang } from "../profile/steps.ts";
import { ONBOARDING, type OnboardingArgs } from "./conversation.ts";
import { parseStartPayload } from "./start-payload.ts";

export const onboardingFeature = new Composer<Context>();

/**
 * /start: a new or half-registered person walks through onboarding (the deep link's payload
 * rides along); a registered one gets their invite applied and the main menu.
 */
onboardingFeature.command("start", async (ctx) => {
  const { unknown, ...payload } = parseStartPayload(ctx.match);
  if (unknown) await ctx.reply(ctx.t("start-link-unknown"));
  const member = ctx.member;
  if (!member?.onboarded) {
    const args: OnboardingArgs = {
      lang: pickLocale(member?.lang, ctx.from?.language_code) as Lang,
      known: member !== null,
      payload,
    };
    await ctx.conversation.enter(ONBOARDING, args);
    return;
  }
  if (payload.invite) await redeemFor(ctx, member.userId, payload.invite);
  if (payload.eventId !== undefined && (await sendEventCard(ctx, payload.eventId))) return;
  if (payload.eventId !== undefined) await ctx.reply(ctx.t("error-event-not-found"));
  await showHome(ctx, { lang: member.lang });
});

async function redeemFor(ctx: Context, userId: number, code: string) {
  try {
    const { scope, granted } = await redeemInvite(ctx.deps.db, { code, userId, at: ctx.deps.clock.now() });
    await ctx.reply(ctx.t(granted ? "invite-granted" : "invite-already-held", { role: roleLabel(ctx.t.bind(ctx), scope.role) }));
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    await ctx.reply(ctx.t(`error-${error.code}`));
  }
}
