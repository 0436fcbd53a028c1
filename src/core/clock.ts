/** Injectable time source, so that expiry (R12, R13) is testable without waiting a week. */
export interface Clock {
  now(): Date;
}

/** The real clock. */
export const systemClock: Clock = { now: () => new Date() };

/** A clock tests and stories can move by hand. */
export interface ManualClock extends Clock {
  set(date: Date | string): void;
  advance(milliseconds: number): void;
}

/** Creates a clock that only moves when told to. */
export function createManualClock(start: Date | string = "2026-01-15T09:00:00.000Z"): ManualClock {
  let current = new Date(start).getTime();
  return {
    now: () => new Date(current),
    set: (date) => {
      current = new Date(date).getTime();
    },
    advance: (milliseconds) => {
      current += milliseconds;
    },
  };
}
