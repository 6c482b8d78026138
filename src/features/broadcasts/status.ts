// The author's status message of one announcement, edited as it goes: counts, time left, "Stop".
import { InlineKeyboard } from "grammy";
import type { Translate } from "../../i18n/dates.ts";
import { BROADCAST_DATA } from "./callbacks.ts";
import type { Progress } from "./service.ts";

/** "≈ 9 min" of sending left at the rate, counting only rows due now (the night's wait is said apart). */
function minutesLeft(progress: Progress, perSecond: number): number {
  return Math.max(1, Math.ceil((progress.left - progress.waitingForMorning) / perSecond / 60));
}

/** Seconds of sending left: "about 1 min" for what goes in a few seconds would make the author wait for nothing. */
const underAMinute = (dueNow: number, perSecond: number) => dueNow / perSecond < 60;

const HEADLINE: Record<string, string> = {
  scheduled: "broadcast-status-scheduled",
  sending: "broadcast-status-sending",
  done: "broadcast-status-done",
  stopped: "broadcast-status-stopped",
  cancelled: "broadcast-status-cancelled",
};

export function statusText(t: Translate, id: number, progress: Progress, opts: { status: string; perSecond: number }): string {
  const lines = [t(HEADLINE[opts.status] ?? "broadcast-status-sending", { id }), t("broadcast-status-recipients", { count: progress.recipients }), t("broadcast-status-sent", { count: progress.sent })];
  if (progress.blocked) lines.push(t("broadcast-status-blocked", { count: progress.blocked }));
  if (progress.failed) lines.push(t("broadcast-status-failed", { count: progress.failed }));
  if (progress.unknown) lines.push(t("broadcast-status-unknown", { count: progress.unknown }));
  if (progress.cancelled) lines.push(t("broadcast-status-cancelled-rows", { count: progress.cancelled }));
  if (opts.status === "sending" && progress.left > 0) {
    const dueNow = progress.left - progress.waitingForMorning;
    if (dueNow > 0 && underAMinute(dueNow, opts.perSecond)) lines.push(t("broadcast-status-left-soon", { count: progress.left }));
    else lines.push(t("broadcast-status-left", { count: progress.left, minutes: dueNow > 0 ? minutesLeft(progress, opts.perSecond) : 0 }));
    if (progress.waitingForMorning) lines.push(t("broadcast-status-morning", { count: progress.waitingForMorning }));
  }
  return lines.join("\n");
}

export function statusKeyboard(t: Translate, id: number, progress: Progress, status: string): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  // While it is being sent the message is edited every few seconds: nothing but "Stop" may open in its place.
  if (status === "sending") return keyboard.text(t("broadcast-button-stop"), BROADCAST_DATA.stop(id));
  if (progress.blocked + progress.failed + progress.unknown > 0) keyboard.text(t("broadcast-button-missed"), BROADCAST_DATA.missed(id)).row();
  return keyboard.text(t("broadcast-button-history"), BROADCAST_DATA.list(0));
}
