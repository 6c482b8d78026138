/** Every "now" of the bot: handlers, services, jobs and the sender read it here, so tests can move time. */
export type Clock = { now(): Date };

export const systemClock: Clock = { now: () => new Date() };
