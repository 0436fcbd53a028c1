import type { MemoryAdapter } from "../../../src/adapters/memory";

type HeldMethod = "inviteUsers" | "resendInvitation" | "cancelInvitation" | "replaceInvitation";

/**
 * Holds every call of one adapter method until `release()`: a slow backend whose answer the test
 * lets through when it chooses, so tests wait for states, never for time. `calls` records each
 * call's params as it starts.
 */
export function holdCalls(memory: MemoryAdapter, method: HeldMethod) {
  const original = memory[method] as (params: unknown) => Promise<unknown>;
  const calls: unknown[] = [];
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  Object.assign(memory, {
    [method]: async (params: unknown) => {
      calls.push(params);
      await released;
      return original(params);
    },
  });
  return { calls, release: () => release() };
}
