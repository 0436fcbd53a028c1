import { describe, expect, it } from "vitest";
import { createManualClock } from "../../src/core/clock";
import { ConformanceSkip } from "../../src/testing/conformance/conformanceSkip";
import { createSuiteTime } from "../../src/testing/conformance/suiteTime";

const raise = (reason: string): never => {
  throw new ConformanceSkip(reason);
};
const DAY_MS = 24 * 60 * 60 * 1000;

describe("conformance suite: time on a backend's own clock", () => {
  it("R12: with the suite's clock, moving it is all it takes and now is exact", async () => {
    const clock = createManualClock("2026-01-15T09:00:00.000Z");
    const time = createSuiteTime("manual", clock, undefined, raise);
    time.clock.advance(DAY_MS);
    await time.settled();
    expect(time.shift()).toBe(0);
    const now = clock.now().getTime();
    expect(time.nowWindow()).toEqual({ earliest: now, latest: now });
  });

  it("R12: with a real clock, a move is forwarded to advanceTime and shifts the backend's dates", async () => {
    const start = new Date(Math.floor(Date.now() / 1000) * 1000);
    const moves: number[] = [];
    const time = createSuiteTime("real", createManualClock(start), async (ms) => void moves.push(ms), raise);
    time.clock.advance(3 * DAY_MS);
    time.clock.advance(DAY_MS);
    await time.settled();
    expect(moves).toEqual([3 * DAY_MS, DAY_MS]);
    expect(time.shift()).toBe(4 * DAY_MS);
    const { earliest, latest } = time.nowWindow();
    expect(earliest).toBe(start.getTime() + 4 * DAY_MS);
    expect(latest).toBeGreaterThanOrEqual(earliest);
  });

  it("R12: with a real clock and no advanceTime, moving time skips the check, saying why", () => {
    const time = createSuiteTime("real", createManualClock(), undefined, raise);
    expect(() => time.clock.advance(DAY_MS)).toThrow(/no harness.advanceTime/);
  });
});
