// One pair: both people, the subject, since when, its status, and what the viewer may do with it —
// accept or decline while it waits for them, end it while it is active, its meetings.
import { InlineKeyboard } from "grammy";
import type { Context } from "../../bot/context.ts";
import { esc } from "../../bot/html.ts";
import type { Screen } from "../../bot/screen.ts";
import { MEETING_DATA } from "./meetings/callbacks.ts";
import { MENTORING_DATA as DATA } from "./callbacks.ts";
import type { PairView } from "./view.ts";
import { dateWords, personWords, subjectName } from "./words.ts";

export type Viewer = "mentor" | "mentee" | "coordinator";

/** Who the pair still waits for, by name. */
function waitingFor(pair: PairView): string {
  const names = [
    ...(pair.mentorAcceptedAt ? [] : [pair.mentor?.fullName ?? "—"]),
    ...(pair.menteeAcceptedAt ? [] : [pair.mentee.fullName ?? "—"]),
  ];
  return esc(names.join(", "));
}

function statusLine(ctx: Context, pair: PairView): string {
  switch (pair.status) {
    case "requested":
      return ctx.t("mentoring-pair-requested", { since: dateWords(ctx, pair.createdAt) });
    case "proposed":
      return ctx.t("mentoring-pair-proposed", { since: dateWords(ctx, pair.createdAt), waiting: waitingFor(pair) });
    case "active":
      return ctx.t("mentoring-pair-active", { since: dateWords(ctx, pair.startedAt ?? pair.createdAt) });
    case "ended":
      return ctx.t("mentoring-pair-ended", { since: dateWords(ctx, pair.startedAt ?? pair.createdAt), until: dateWords(ctx, pair.endedAt ?? pair.createdAt), reason: esc(pair.endReason ?? "—") });
    default:
      return ctx.t("mentoring-pair-declined", { since: dateWords(ctx, pair.endedAt ?? pair.createdAt) });
  }
}

function buttons(ctx: Context, pair: PairView, viewer: Viewer, back: string): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  const mine = viewer === "mentor" ? pair.mentorAcceptedAt : viewer === "mentee" ? pair.menteeAcceptedAt : undefined;
  if (pair.status === "proposed" && viewer !== "coordinator") {
    if (mine === null) keyboard.text(ctx.t("mentoring-accept"), DATA.accept(pair.id));
    keyboard.text(ctx.t("mentoring-decline"), DATA.decline(pair.id)).row();
  }
  if (pair.status === "requested" && viewer === "mentee") keyboard.text(ctx.t("mentoring-cancel-ask"), DATA.cancelAsk(pair.id)).row();
  if (pair.status === "active" || pair.status === "ended") keyboard.text(ctx.t("mentoring-meetings"), MEETING_DATA.list(pair.id)).row();
  if (pair.status === "active" && viewer !== "coordinator") keyboard.text(ctx.t("mentoring-end"), DATA.end(pair.id)).row();
  keyboard.text(ctx.t("button-back"), back);
  return keyboard;
}

/** `back`: where "‹ Back" leads when the pair was opened from a list; else the viewer's mentoring screen. */
export function pairScreen(ctx: Context, pair: PairView, viewer: Viewer, back?: string): Screen {
  const lines = [
    ctx.t("mentoring-pair-title"),
    "",
    ctx.t("mentoring-pair-mentor", { mentor: pair.mentor ? personWords(pair.mentor) : ctx.t("mentoring-pair-no-mentor") }),
    ctx.t("mentoring-pair-mentee", { mentee: personWords(pair.mentee) }),
    ctx.t("mentoring-pair-subject", { subject: subjectName(ctx, pair.subject) }),
    statusLine(ctx, pair),
  ];
  if (pair.proposedBy) lines.push(ctx.t("mentoring-pair-proposer", { name: esc(pair.proposedBy.fullName ?? "—") }));
  if (pair.status === "active" || pair.status === "ended") lines.push(ctx.t("mentoring-pair-held", { count: pair._count.meetings }));
  return { text: lines.join("\n"), keyboard: buttons(ctx, pair, viewer, back ?? (viewer === "coordinator" ? DATA.scopes() : DATA.home())) };
}
