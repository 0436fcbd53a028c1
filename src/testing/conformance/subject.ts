import { afterEach, beforeEach } from "vitest";
import type { UserManagementAdapter } from "../../adapter/contract";
import type { UserManagementDataset } from "../../adapter/dataset";
import { createManualClock, type ManualClock } from "../../core/clock";
import type { AdapterHarness, AdapterHarnessFactory } from "../adapterHarness";
import {
  CONFORMANCE_CLOCK_START,
  type ConformanceFixtureVariant,
  createConformanceFixture,
} from "../conformanceFixture";

/** What one conformance test works with: the backend under test, its clock and the fixture it loaded. */
export interface ConformanceSubject {
  /** The fixture as loaded, untouched by the backend: read expectations from here. */
  readonly fixture: UserManagementDataset;
  readonly clock: ManualClock;
  readonly harness: AdapterHarness;
  /** Shorthand for `harness.as(viewerId)`. */
  as(viewerId: string): UserManagementAdapter;
}

interface Loaded {
  fixture: UserManagementDataset;
  clock: ManualClock;
  harness: AdapterHarness;
}

/**
 * Registers, in the enclosing `describe`, a fresh backend per test loaded with the given fixture
 * (a variant, or a function building one), torn down after the test. Read the subject only in tests.
 */
export function useConformanceSubject(
  harnessFactory: AdapterHarnessFactory,
  source: ConformanceFixtureVariant | (() => UserManagementDataset) = "standard",
): ConformanceSubject {
  let loaded: Loaded | undefined;

  beforeEach(async () => {
    const fixture = typeof source === "function" ? source() : createConformanceFixture(source);
    const clock = createManualClock(CONFORMANCE_CLOCK_START);
    // The backend gets its own copy, so that whatever it changes in place cannot move the expectations.
    loaded = { fixture, clock, harness: await harnessFactory(structuredClone(fixture), clock) };
  });

  afterEach(async () => {
    const harness = loaded?.harness;
    loaded = undefined;
    await harness?.teardown?.();
  });

  const current = (): Loaded => {
    if (!loaded) throw new Error("The conformance subject is only available inside a test.");
    return loaded;
  };

  return {
    get fixture() {
      return current().fixture;
    },
    get clock() {
      return current().clock;
    },
    get harness() {
      return current().harness;
    },
    as: (viewerId) => current().harness.as(viewerId),
  };
}
