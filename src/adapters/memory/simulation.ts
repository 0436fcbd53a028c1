import { UserManagementError, type UserManagementErrorCode } from "../../core/errors";

/** Latency in milliseconds: fixed, or drawn uniformly between min and max per call. */
export type Latency = number | { min: number; max: number };

/** How the memory adapter imitates a network: delay, cancellation and injected failures. */
export interface Simulation {
  /** Waits like a request would, then throws whatever failure is due. */
  beforeCall(method: string, signal: AbortSignal | undefined): Promise<void>;
  /** Makes the next call (of `method`, or of any method) fail with this error. */
  failNext(error: UserManagementError | UserManagementErrorCode, method?: string): void;
}

const FAILURE_MESSAGES: Partial<Record<UserManagementErrorCode, string>> = {
  network: "The server could not be reached. Check your connection and try again.",
  unavailable: "The service is unavailable right now. Try again in a moment.",
};

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException("The operation was aborted.", "AbortError");
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError(signal as AbortSignal));
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/** Creates the network imitation; with no latency and no failures it costs one microtask. */
export function createSimulation(
  latency: Latency = 0,
  failureRate = 0,
  random: () => number = Math.random,
): Simulation {
  if (failureRate < 0 || failureRate > 1)
    throw new RangeError(`failureRate must be within 0 and 1, got ${failureRate}.`);
  const queued: { error: UserManagementError; method: string | undefined }[] = [];

  const toError = (error: UserManagementError | UserManagementErrorCode) =>
    typeof error === "string"
      ? new UserManagementError(error, FAILURE_MESSAGES[error] ?? `Injected failure: ${error}.`)
      : error;

  return {
    async beforeCall(method, signal) {
      if (signal?.aborted) throw abortError(signal);
      const ms = typeof latency === "number" ? latency : latency.min + random() * (latency.max - latency.min);
      if (ms > 0) await sleep(ms, signal);
      const due = queued.findIndex((failure) => failure.method === undefined || failure.method === method);
      if (due >= 0) {
        const [failure] = queued.splice(due, 1);
        throw failure?.error;
      }
      if (failureRate > 0 && random() < failureRate) throw toError("unavailable");
    },
    failNext(error, method) {
      queued.push({ error: toError(error), method });
    },
  };
}
