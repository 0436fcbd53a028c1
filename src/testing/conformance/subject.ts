import { afterEach, beforeEach } from "vitest";
import type { UserManagementAdapter } from "../../adapter/contract";
import type { UserManagementDataset } from "../../adapter/dataset";
import { createManualClock, type ManualClock } from "../../core/clock";
import type { AdapterHarness } from "../adapterHarness";
import {
  CONFORMANCE_CLOCK_START,
  type ConformanceFixtureVariant,
  createConformanceFixture,
} from "../conformanceFixture";
import { type Check, type CheckControl, createCheck } from "./check";
import { ConformanceSkip } from "./conformanceSkip";
import type { ConformanceSuite } from "./conformanceSuite";
import { fixtureAsLoaded, inBackendRoles } from "./fixtureAsLoaded";
import { PLAIN_USER } from "./fixtureIds";
import { readLoadedVersions } from "./loadedVersions";
import { createSuiteTime, realStart, type SuiteTime } from "./suiteTime";
import { translatingAdapter } from "./translatingAdapter";
import { createTranslation, type Translation } from "./translation";
import { createVersionCounters } from "./versionCounters";

/**
 * What one conformance test works with: the backend under test, its clock and the fixture it
 * loaded, all in the fixture's ids and role ids whatever the backend's own are.
 */
export interface ConformanceSubject {
  /** The fixture as loaded (without what the backend cannot hold), untouched by it: read expectations here. */
  readonly fixture: UserManagementDataset;
  /** The suite's clock; moving it moves the backend's time (see `ConformanceOptions.clock`). */
  readonly clock: ManualClock;
  /** The harness, speaking fixture ids: `invitationToken` takes the fixture's invitation id. */
  readonly harness: AdapterHarness;
  /** The adapter as a fixture user sees it; a user the backend did not load skips the check. */
  as(viewerId: string): UserManagementAdapter;
  /** The adapter to accept an invitation to `email` with: the invitee's own, or a plain user's (R15). */
  asInvitee(email: string): Promise<UserManagementAdapter>;
  /** The earliest and latest instant (ms) the backend may call "now", on the suite's clock. */
  nowWindow(): { earliest: number; latest: number };
}

/** Where a describe block's fixture comes from: a variant, or a function of the start instant. */
export type FixtureSource = ConformanceFixtureVariant | ((start: Date | string) => UserManagementDataset);

interface Loaded {
  fixture: UserManagementDataset;
  leftOut: ReadonlyMap<string, string>;
  harness: AdapterHarness;
  time: SuiteTime;
  translation: Translation;
  raised?: string;
}

/**
 * Registers, in the enclosing `describe`, a fresh backend per test loaded with the given fixture as
 * the backend can hold it, torn down after the test; and returns the subject and the `check` that
 * declares this block's tests. Read the subject only in checks.
 */
export function useConformanceSubject(
  suite: ConformanceSuite,
  source: FixtureSource = "standard",
): { subject: ConformanceSubject; check: Check } {
  let loaded: Loaded | undefined;

  const raise = (reason: string): never => {
    if (loaded) loaded.raised ??= reason;
    throw new ConformanceSkip(reason);
  };

  beforeEach(async () => {
    const start = suite.clock === "real" ? realStart() : CONFORMANCE_CLOCK_START;
    const full = typeof source === "function" ? source(start) : createConformanceFixture(source, start);
    const { fixture, leftOut } = fixtureAsLoaded(full, suite, start);
    const clock = createManualClock(start);
    // The backend gets its own copy, so that whatever it changes in place cannot move the expectations.
    const harness = await suite.harnessFactory(inBackendRoles(fixture, suite.roles), clock);
    const time = createSuiteTime(suite.clock, clock, harness.advanceTime?.bind(harness), raise);
    // Kept per test: a fresh backend issues its versions afresh.
    const versions = suite.versions === "opaque" ? createVersionCounters() : undefined;
    const translation = createTranslation({
      ids: harness.ids ?? {},
      roles: suite.roles,
      loadedRoleIds: fixture.roleModel.roles.map((role) => role.id),
      leftOut,
      timeShift: () => time.shift(),
      raise,
      versions,
    });
    loaded = { fixture, leftOut, harness, time, translation };
    // Each loaded record's version as the backend has it now is the fixture's version 1.
    if (versions) await readLoadedVersions(harness, fixture, suite.capabilities, versions);
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
  const as = (viewerId: string) => {
    const { harness, leftOut, translation, time } = current();
    const reason = leftOut.get(viewerId);
    if (reason !== undefined) raise(reason);
    return translatingAdapter(harness.as(viewerId), translation, () => time.settled());
  };

  const subject: ConformanceSubject = {
    get fixture() {
      return current().fixture;
    },
    get clock() {
      return current().time.clock;
    },
    get harness(): AdapterHarness {
      const { harness, translation, time } = current();
      return {
        ...harness,
        as,
        invitationToken: async (invitationId) => {
          const backendId = translation.recordIn(invitationId);
          await time.settled();
          return harness.invitationToken(backendId);
        },
      };
    },
    as,
    asInvitee: async (email) => {
      const { harness, translation, time } = current();
      if (!harness.asInvitee) return as(PLAIN_USER);
      await time.settled();
      return translatingAdapter(await harness.asInvitee(email), translation, () => time.settled());
    },
    nowWindow: () => current().time.nowWindow(),
  };

  const control: CheckControl = {
    leftOutReason: (recordId) => current().leftOut.get(recordId),
    canMoveTime: () => suite.clock === "manual" || current().harness.advanceTime !== undefined,
    raisedSkip: () => current().raised,
  };
  return { subject, check: createCheck(suite, control) };
}
