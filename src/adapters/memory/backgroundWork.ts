/** How many more milliseconds the current background task may run steps for. */
export type TimeLeft = () => number;

/**
 * Runs `task` later, in a task of its own, after what is already queued (rendering, input). The
 * task may run steps while `timeLeft()` is positive, and always runs one; without `timeLeft`, one.
 */
export type Schedule = (task: (timeLeft?: TimeLeft) => void) => void;

/**
 * The most one background task runs steps for. A click's way to the screen passes through several
 * tasks (its handler, the adapter's answer, React's render, the frame), and a background task that
 * starts in a gap between them holds up the rest: a few milliseconds, never a frame.
 */
export const SLICE_MS = 4;
/** Past this, idle or not (a page kept busy, a hidden tab), the next slice runs. */
const IDLE_WAIT_LIMIT_MS = 1000;

interface IdleDeadline {
  didTimeout: boolean;
  timeRemaining(): number;
}
type RequestIdleCallback = (callback: (deadline: IdleDeadline) => void, options?: { timeout: number }) => unknown;
interface PostTaskScheduler {
  postTask(task: () => void, options: { priority: "background" }): Promise<unknown>;
}

/** `SLICE_MS` from now, and no later than `until` (performance.now() time), if given. */
function sliceFromNow(until = Number.POSITIVE_INFINITY): TimeLeft {
  const end = Math.min(performance.now() + SLICE_MS, until);
  return () => end - performance.now();
}

/** When the browser's current idle period ends (performance.now() time); 0 outside one. */
let idleUntil = 0;

/** Runs `run` in a task of its own at once: input and rendering due meanwhile go first. */
function postNow(run: () => void): void {
  const scheduler = (globalThis as { scheduler?: Partial<PostTaskScheduler> }).scheduler;
  if (typeof scheduler?.postTask === "function") {
    void scheduler.postTask(run, { priority: "background" });
    return;
  }
  const timer: unknown = setTimeout(run, 0);
  // Work nobody waits on never keeps a Node process alive.
  (timer as { unref?: () => void }).unref?.();
}

/**
 * In browsers, when the page is idle (`requestIdleCallback`): slices of at most `SLICE_MS`, each a
 * task of its own, until the idle period ends (before the next frame is due), so input between
 * slices waits a few milliseconds at most and no slice holds back a paint. Elsewhere (Node, older
 * Safari), slices at background priority or on a timer.
 */
export const scheduleInBackground: Schedule = (task) => {
  const idle = (globalThis as { requestIdleCallback?: RequestIdleCallback }).requestIdleCallback;
  if (typeof idle !== "function") {
    postNow(() => task(sliceFromNow()));
    return;
  }
  // Still within the idle period a slice started in: the next slice goes on in it.
  if (performance.now() < idleUntil - 1) {
    postNow(() => task(sliceFromNow(idleUntil)));
    return;
  }
  idle(
    (deadline) => {
      idleUntil = deadline.didTimeout ? 0 : performance.now() + deadline.timeRemaining();
      task(sliceFromNow(deadline.didTimeout ? undefined : idleUntil));
    },
    { timeout: IDLE_WAIT_LIMIT_MS },
  );
};

/** Work done a bounded step at a time. */
export interface Job {
  /** Does one step (about a millisecond's work); true when nothing is left to do. */
  step(): boolean;
}

/**
 * Runs jobs in small steps, in the order they were added, as many steps per task as the schedule
 * gives time for (at least one), so that building an index over 100,000 users never blocks input
 * for more than a slice. Jobs publish only finished parts, so whatever a call finds is consistent,
 * and a job that throws is dropped.
 */
export class BackgroundWork {
  private readonly queue: Job[] = [];
  private isScheduled = false;

  constructor(private readonly schedule: Schedule = scheduleInBackground) {}

  add(job: Job): void {
    if (!this.queue.includes(job)) this.queue.push(job);
    this.wake();
  }

  private wake(): void {
    if (this.isScheduled || this.queue.length === 0) return;
    this.isScheduled = true;
    this.schedule((timeLeft) => this.run(timeLeft));
  }

  private run(timeLeft: TimeLeft = () => 0): void {
    this.isScheduled = false;
    try {
      do {
        let isDone = true;
        try {
          isDone = this.queue[0]?.step() ?? true;
        } finally {
          if (isDone) this.queue.shift();
        }
      } while (this.queue.length > 0 && timeLeft() > 0);
    } finally {
      this.wake();
    }
  }
}
