import type { UserManagementAdapter } from "../adapter/contract";
import type { UserManagementDataset } from "../adapter/dataset";
import type { ManualClock } from "../core/clock";

/**
 * One backend loaded with the conformance fixture, as the suite drives it. The suite makes a fresh
 * harness for every test and tears it down afterwards.
 */
export interface AdapterHarness {
  /**
   * The adapter as the given user of the fixture sees it: every call is made on that person's behalf
   * (their session, cookie or token). Must keep working after that user was suspended or deleted,
   * so that the backend can answer `access_suspended` or `access_revoked` (R10). `acceptInvitation` is called through
   * `as("user-1")`, a session unrelated to the invitation: the token must be all it needs (R15).
   */
  as(viewerId: string): UserManagementAdapter;
  /** The secret token of an invitation's accept link as the backend stores it now (R13, R15). */
  invitationToken(invitationId: string): Promise<string | undefined>;
  /** Frees whatever the harness holds (a database, a server). */
  teardown?(): Promise<void>;
}

/**
 * Builds a harness: loads `fixture` (a copy the backend may change) into a fresh backend whose time
 * source is `clock`, so that the suite can move time forward (R12, R13).
 */
export type AdapterHarnessFactory = (fixture: UserManagementDataset, clock: ManualClock) => Promise<AdapterHarness>;
