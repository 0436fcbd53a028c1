import { UserManagementError } from "../core/errors";
import { errorResponse } from "./errorResponse";

/*
 * R31: how much work a handler takes on at once. A request that passed the guards runs at once when
 * fewer than `maxConcurrentRequests` run; otherwise it waits its turn in a queue of at most
 * `maxQueuedRequests`; beyond that it is answered at once with 503 `unavailable` and `Retry-After`,
 * so an overloaded server sheds load quickly rather than holding sockets it cannot serve, and recovers
 * as soon as the running requests end.
 */

/**
 * Default of `maxQueuedRequests`: this many requests may wait for each one that may run. A waiting
 * request holds only its socket, and ten rounds of short transactions (a list takes a few ms) wait far
 * less than the deadline; a shorter queue turns an ordinary burst into 503s that clients send again
 * at once, and answering those costs the server more than the queue would (`bench:load`, c=50:
 * 221 pages/s served beside 2,500 503s/s with a queue of 2 per connection; 339/s and no 503 with 8).
 */
export const QUEUED_PER_RUNNING = 10;

/** Default of `retryAfterSeconds`. */
export const DEFAULT_RETRY_AFTER_SECONDS = 1;

/** How many requests run and wait at most, and the wait asked of the others. */
export interface AdmissionLimits {
  maxConcurrentRequests: number;
  maxQueuedRequests: number;
  retryAfterSeconds: number;
}

/** Runs `work` once admitted, or answers a response of its own (overloaded, or cancelled while waiting). */
export type Admit = <T>(signal: AbortSignal, work: () => Promise<T>) => Promise<T | Response>;

/** 503 `unavailable` with `Retry-After`: the server is at its limit, nothing was done. */
export function overloadedResponse(retryAfterSeconds: number): Response {
  const seconds = `${retryAfterSeconds} second${retryAfterSeconds === 1 ? "" : "s"}`;
  const response = errorResponse(
    new UserManagementError(
      "unavailable",
      `The server is busy with too many requests at once; nothing was changed. Try again in ${seconds}.`,
    ),
    503,
  );
  response.headers.set("retry-after", String(retryAfterSeconds));
  return response;
}

const cancelledWhileWaiting = () =>
  errorResponse(new UserManagementError("unavailable", "The request was cancelled before it started."), 503);

/** A gate of `limits`, shared by every request of one handler. */
export function requestAdmission(limits: AdmissionLimits): Admit {
  const { maxConcurrentRequests, maxQueuedRequests, retryAfterSeconds } = limits;
  let running = 0;
  // First come, first served: each entry starts its request when a running one ends.
  const waiting: (() => void)[] = [];

  const finish = () => {
    const next = waiting.shift();
    // The slot passes to the next request as it is; `running` stays the same.
    if (next) next();
    else running -= 1;
  };

  return async (signal, work) => {
    if (running < maxConcurrentRequests) {
      running += 1;
    } else if (waiting.length >= maxQueuedRequests) {
      return overloadedResponse(retryAfterSeconds);
    } else {
      const admitted = await new Promise<boolean>((resolve) => {
        const start = () => {
          signal.removeEventListener("abort", leave);
          resolve(true);
        };
        // A caller who gave up while waiting leaves the queue, and holds no slot.
        const leave = () => {
          const index = waiting.indexOf(start);
          if (index !== -1) waiting.splice(index, 1);
          resolve(false);
        };
        if (signal.aborted) return resolve(false);
        waiting.push(start);
        signal.addEventListener("abort", leave, { once: true });
      });
      if (!admitted) return cancelledWhileWaiting();
    }
    try {
      return await work();
    } finally {
      finish();
    }
  };
}
