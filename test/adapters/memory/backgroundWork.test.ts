import { describe, expect, it } from "vitest";
import { BackgroundWork, type Job, type Schedule } from "../../../src/adapters/memory/backgroundWork";
import { manualSchedule } from "./naiveUsers";

/** A job of `steps` steps, each taking `ms` on a clock the test moves. */
function timedJob(steps: number, ms: number, clock: { now: number }) {
  let done = 0;
  const job: Job & { done(): number } = {
    step() {
      clock.now += ms;
      done++;
      return done >= steps;
    },
    done: () => done,
  };
  return job;
}

/** Tasks run by hand, each given `sliceMs` on the test's clock, as an idle period would be. */
function slicedSchedule(sliceMs: number, clock: { now: number }) {
  const tasks: (() => void)[] = [];
  const schedule: Schedule = (task) => {
    tasks.push(() => {
      const end = clock.now + sliceMs;
      task(() => end - clock.now);
    });
  };
  return { schedule, runOne: () => tasks.shift()?.(), pending: () => tasks.length };
}

describe("BackgroundWork: an index built in slices (R1)", () => {
  it("runs as many steps per task as fit in the time it is given, so a task stays short", () => {
    const clock = { now: 0 };
    const background = slicedSchedule(4, clock);
    const job = timedJob(10, 1, clock);
    new BackgroundWork(background.schedule).add(job);
    background.runOne();
    expect(job.done()).toBe(4);
    background.runOne();
    expect(job.done()).toBe(8);
    background.runOne();
    expect(job.done()).toBe(10);
    expect(background.pending()).toBe(0);
  });

  it("runs one step even when that step alone is longer than the slice, then the next job in the time left", () => {
    const clock = { now: 0 };
    const background = slicedSchedule(4, clock);
    const work = new BackgroundWork(background.schedule);
    const slow = timedJob(2, 10, clock);
    const quick = timedJob(2, 1, clock);
    work.add(slow);
    work.add(quick);
    background.runOne();
    expect([slow.done(), quick.done()]).toEqual([1, 0]);
    background.runOne();
    expect([slow.done(), quick.done()]).toEqual([2, 0]);
    background.runOne();
    expect([slow.done(), quick.done()]).toEqual([2, 2]);
  });

  it("given no time, runs one step per task, for tests that step by hand", () => {
    const background = manualSchedule();
    const job = timedJob(3, 0, { now: 0 });
    new BackgroundWork(background.schedule).add(job);
    background.runOne();
    expect(job.done()).toBe(1);
    background.runAll();
    expect(job.done()).toBe(3);
  });

  it("drops a job that throws and goes on with the others", () => {
    const background = manualSchedule();
    const work = new BackgroundWork(background.schedule);
    const after = timedJob(1, 0, { now: 0 });
    work.add({
      step() {
        throw new Error("broken");
      },
    });
    work.add(after);
    expect(() => background.runOne()).toThrow("broken");
    background.runAll();
    expect(after.done()).toBe(1);
  });
});
