/** Conversation ids and callback data of event management, apart so menus can use them without cycles. */
export const CREATE_EVENT = "create-event";
export const RESCHEDULE_EVENT = "reschedule-event";
export const RELOCATE_EVENT = "relocate-event";

/** `measureId` set: the event is made from that plan measure, its fields prefilled. */
export type CreateEventArgs = { lang: string; measureId: number | null };
export type ChangeEventArgs = { lang: string; eventId: number };

/** Callback data of the management screens; every one is re-checked against "events.manage". */
export const MANAGE_DATA = {
  fromMeasure: (measureId: number) => `ev:frommeasure:${measureId}`,
  list: (page: number) => `ev:mg:l:${page}`,
  event: (eventId: number) => `ev:mg:e:${eventId}`,
  time: (eventId: number) => `ev:mg:t:${eventId}`,
  place: (eventId: number) => `ev:mg:p:${eventId}`,
  cancel: (eventId: number) => `ev:mg:c:${eventId}`,
  cancelConfirmed: (eventId: number) => `ev:mg:cy:${eventId}`,
  create: "ev:mg:new",
  menu: "ev:mg:menu",
};

/** Every callback this feature owns, for its permission guard. */
export const MANAGE_CALLBACK = /^ev:(frommeasure|mg):/;
