import type { UserManagementAdapter } from "../../../src/adapter";
import { createMemoryAdapter, generateDataset, type MemoryAdapter } from "../../../src/adapters/memory";
import { createManualClock } from "../../../src/core";
import { TEST_NOW } from "../renderWithAdapter";

/**
 * A memory adapter of a generated account (`size` users) whose calls of `methods` (by default every
 * one) wait until `release()`: the state before that answer, for as long as the test wants it, so
 * tests wait for states, never for time (issue 9's loading states). `memory` is the adapter behind.
 */
export function heldAdapter({
  size = 10,
  methods,
}: {
  size?: number;
  methods?: readonly (keyof MemoryAdapter)[];
} = {}) {
  const memory = createMemoryAdapter({
    dataset: generateDataset({ size, now: TEST_NOW }),
    clock: createManualClock(TEST_NOW),
  });
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const held = Object.fromEntries(
    Object.entries(memory).map(([key, value]) => [
      key,
      typeof value === "function" && (!methods || methods.includes(key as keyof MemoryAdapter))
        ? async (...args: unknown[]) => {
            await gate;
            return (value as (...args: unknown[]) => unknown).apply(memory, args);
          }
        : value,
    ]),
  ) as unknown as UserManagementAdapter;
  return { adapter: held, memory, release: () => release() };
}
