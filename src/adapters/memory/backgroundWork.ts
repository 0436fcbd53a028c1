/** Runs `task` later, in a task of its own, after what is already queued (rendering, input). */
export type Schedule = (task: () => void) => void;

interface PostTaskScheduler {
  postTask(task: () => void, options: { priority: "background" }): Promise<unknown>;
}

/** In browsers that have it, background priority (after rendering and input); elsewhere a timer. */
export const scheduleInBackground: Schedule = (task) => {
  const scheduler = (globalThis as { scheduler?: Partial<PostTaskScheduler> }).scheduler;
  if (typeof scheduler?.postTask === "function") {
    void scheduler.postTask(task, { priority: "background" });
    return;
  }
  const timer: unknown = setTimeout(task, 0);
  // Work nobody waits on never keeps a Node process alive.
  (timer as { unref?: () => void }).unref?.();
};

/** Work done a bounded slice at a time. */
export interface Job {
  /** Does one slice; true when nothing is left to do. */
  step(): boolean;
}

/**
 * Runs jobs one slice per task, in the order they were added, so that building an index over
 * 100,000 users never blocks input for more than a slice. Jobs publish only finished parts, so
 * whatever a call finds is consistent, and a job that throws is dropped.
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
    this.schedule(() => this.run());
  }

  private run(): void {
    this.isScheduled = false;
    let isDone = true;
    try {
      isDone = this.queue[0]?.step() ?? true;
    } finally {
      if (isDone) this.queue.shift();
      this.wake();
    }
  }
}
