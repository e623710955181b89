/** The one source of "now" for the app: injected so tests and the emulator agree. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

export const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from `now` until `date`, rounded up; negative once it has passed. */
export function daysUntil(date: Date, now: Date): number {
  return Math.ceil((date.getTime() - now.getTime()) / DAY_MS);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}
