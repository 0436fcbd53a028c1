import type { ManualClock } from "../../core/clock";

/** The suite's time for one test, and how it reaches the backend. */
export interface SuiteTime {
  /** The clock checks read and move (`advance` is synchronous; calls wait for it, see `settled`). */
  readonly clock: ManualClock;
  /** Resolves once every move asked for has reached the backend. */
  settled(): Promise<void>;
  /** Milliseconds to add to the backend's dates to put them on the suite's clock. */
  shift(): number;
  /** The earliest and latest instant the backend may call "now", on the suite's clock (ms). */
  nowWindow(): { earliest: number; latest: number };
}

/** The start of a test on a real clock: now, to the second, so that the fixture's dates are round. */
export function realStart(): Date {
  return new Date(Math.floor(Date.now() / 1000) * 1000);
}

/**
 * `manual`: the backend reads `clock` itself, so moving it is all it takes and dates compare exactly.
 *
 * `real`: the backend reads the real time from the instant `clock` started at. A move is asked of
 * the harness (`advanceTime`, which moves the backend's stored dates back), and the backend's dates
 * are moved forward by the total in every result, so that, as the checks see it, the backend is on
 * `clock`. Without `advanceTime`, a check that moves time is skipped (`raise`).
 */
export function createSuiteTime(
  mode: "manual" | "real",
  clock: ManualClock,
  advanceTime: ((ms: number) => Promise<void>) | undefined,
  raise: (reason: string) => never,
): SuiteTime {
  if (mode === "manual") {
    const now = () => clock.now().getTime();
    return {
      clock,
      settled: () => Promise.resolve(),
      shift: () => 0,
      nowWindow: () => ({ earliest: now(), latest: now() }),
    };
  }

  let moved = 0;
  let pending = Promise.resolve();
  const advance = (ms: number) => {
    if (!advanceTime)
      raise('moves time, and the backend reads a real clock with no harness.advanceTime (clock: "real")');
    if (ms < 0) throw new Error("The conformance suite only moves a real clock forward.");
    clock.advance(ms);
    moved += ms;
    pending = pending.then(() => advanceTime(ms));
  };
  const realClock: ManualClock = {
    now: () => clock.now(),
    advance,
    set: (date) => advance(new Date(date).getTime() - clock.now().getTime()),
  };
  return {
    clock: realClock,
    settled: () => pending,
    shift: () => moved,
    // The clock started at or before the test's real start, and the backend's now has run since.
    nowWindow: () => ({ earliest: clock.now().getTime(), latest: Date.now() + moved }),
  };
}
