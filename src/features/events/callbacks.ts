import type { UpcomingRange } from "./upcoming.ts";

/** Callback data of the event screens; everything fits Telegram's 64 bytes. */
export const EVENT_DATA = {
  upcoming: (range: UpcomingRange, kind: string | null, page: number) => `ev:up:${range}:${kind ?? "-"}:${page}`,
  card: (eventId: number) => `ev:card:${eventId}`,
  join: (eventId: number) => `ev:join:${eventId}`,
  leave: (eventId: number) => `ev:leave:${eventId}`,
  ics: (eventId: number) => `ev:ics:${eventId}`,
  mine: "ev:my",
  attendance: (eventId: number, page: number) => `ev:att:${eventId}:${page}`,
  toggleAttendance: (eventId: number, registrationId: number, page: number) => `ev:att:t:${eventId}:${registrationId}:${page}`,
  checkInCode: (eventId: number) => `ev:code:${eventId}`,
  coordinatorList: (eventId: number) => `ev:coord:${eventId}`,
};
