import type { UserManagementAdapter } from "../../src/adapter";
import type { UserManagementDataset } from "../../src/adapter/dataset";
import { createMemoryAdapter } from "../../src/adapters/memory";
import { createManualClock, type ManualClock } from "../../src/core/clock";
import { CONFORMANCE_CLOCK_START } from "../../src/testing";
import { startFullStack } from "../server/fullStackHarness";
import type { TestDatabase } from "../server/testDatabase";

/** One backend loaded with one account, as the model-based test drives it. */
export interface SystemUnderTest {
  /** The adapter acting as this person; any id, since an unknown or removed caller must be refused. */
  as(viewerId: string): Required<UserManagementAdapter>;
  /** The secret of the invitation's current accept link, as its email would carry it. */
  invitationToken(invitationId: string): string | undefined;
  clock: ManualClock;
}

/** A backend to test: loads a fresh account per sequence. */
export interface Target {
  name: string;
  load(dataset: UserManagementDataset): Promise<SystemUnderTest>;
  close(): Promise<void>;
}

/** The memory adapter, with its own clock. */
export function memoryTarget(): Target {
  return {
    name: "memory adapter",
    async load(dataset) {
      const clock = createManualClock(CONFORMANCE_CLOCK_START);
      const adapter = createMemoryAdapter({ dataset, clock });
      return {
        clock,
        // Calls run one at a time, and a call keeps the viewer it started with.
        as(viewerId) {
          adapter.setViewer(viewerId);
          return adapter;
        },
        invitationToken: (id) => adapter.invitationToken(id),
      };
    },
    close: async () => {},
  };
}

/**
 * The REST adapter → the handler (in process) → the PostgreSQL store on `database` (PGlite or a
 * server); each sequence reloads the account into the same tables.
 */
export function handlerTarget(name: string, database: () => Promise<TestDatabase>): Target {
  return {
    name,
    async load(dataset) {
      const clock = createManualClock(CONFORMANCE_CLOCK_START);
      const stack = await startFullStack(await database(), dataset, clock);
      const adapters = new Map<string, Required<UserManagementAdapter>>();
      return {
        clock,
        as(viewerId) {
          let adapter = adapters.get(viewerId);
          if (!adapter) {
            adapter = stack.as(viewerId);
            adapters.set(viewerId, adapter);
          }
          return adapter;
        },
        // The harness records the token of every link mailed, by invitation id.
        invitationToken: (id) => stack.tokens.get(id),
      };
    },
    close: async () => (await database()).close(),
  };
}
