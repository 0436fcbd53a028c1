import type { UserManagementAdapter } from "../adapter/contract";
import type { UserManagementDataset } from "../adapter/dataset";
import type { ManualClock } from "../core/clock";

/**
 * One backend loaded with the conformance fixture, as the suite drives it. The suite makes a fresh
 * harness for every test and tears it down afterwards.
 *
 * The suite always speaks in the fixture's ids and role ids: it translates them to the backend's
 * (`ids`, and the `roles` of {@link ConformanceOptions}) on the way in and back on the way out, so
 * a backend that chooses its own ids and names its roles its own way runs the same checks.
 */
export interface AdapterHarness {
  /**
   * The adapter as the given user of the fixture sees it (the fixture's id): every call is made on
   * that person's behalf (their session, cookie or token). Must keep working after that user was
   * suspended or deleted, so that the backend can answer `access_suspended` or `access_revoked` (R10).
   */
  as(viewerId: string): UserManagementAdapter;
  /**
   * The secret token of an invitation's accept link as the backend stores it now (R13, R15), by the
   * backend's id of the invitation.
   */
  invitationToken(invitationId: string): Promise<string | undefined>;
  /**
   * The adapter as the person an invitation was sent to, signed in with that address, for
   * `acceptInvitation` (R15). Real backends accept from the invitee's own session; the harness
   * creates that login however the backend does (a sign-up, a magic link). Absent: the token is all
   * it takes, and the suite accepts through `as()` of a user unrelated to the invitation.
   */
  asInvitee?(email: string): Promise<UserManagementAdapter>;
  /**
   * The backend's id of each fixture record it loaded, by fixture id, when the backend chose its
   * own (generated user, invitation or external-user ids). Ids left out are the fixture's own.
   */
  ids?: Readonly<Record<string, string>>;
  /**
   * Moves the backend's time forward by `ms` (R12, R13 expiry), for a backend that does not read
   * the suite's clock (`clock: "real"` in {@link ConformanceOptions}), by moving every stored date
   * back by `ms`: the suite then moves every date the backend returns forward by the total moved, so
   * that, as the checks see it, the backend is on the suite's clock. Absent with a real clock: the
   * checks that move time are skipped, saying so.
   */
  advanceTime?(ms: number): Promise<void>;
  /** Frees whatever the harness holds (a database, a server). */
  teardown?(): Promise<void>;
}

/**
 * Builds a harness: loads `fixture` (a copy the backend may change) into a fresh backend whose time
 * source is `clock`, so that the suite can move time forward (R12, R13). With `clock: "real"` the
 * fixture's dates are relative to the real time the test started at (to the second), and `clock`
 * starts there.
 *
 * `fixture` holds only what the backend can hold (no suspended users without `suspendUsers`, no
 * external users without `externalUsers`, no record of a role mapped to `null`), and its role ids
 * are already the backend's (`ConformanceOptions.roles`); its record ids are the fixture's, and a
 * backend that makes its own reports them in `AdapterHarness.ids`.
 */
export type AdapterHarnessFactory = (fixture: UserManagementDataset, clock: ManualClock) => Promise<AdapterHarness>;

/**
 * What a backend under test is, beyond the capabilities and behaviours its adapter declares in
 * `getCapabilities`. Everything is optional: the defaults describe a backend that reads the suite's
 * clock and has the fixture's role model.
 */
export interface ConformanceOptions {
  /**
   * The backend's role id for each role id of the fixture's role models (`administrator`, `user`,
   * `custom`, `owner`, `manager`, `holder`, `member`, `user-manager`). `null`: the backend
   * has no such role; records holding it are not loaded, and checks that need them are skipped,
   * saying so. Role ids left out are the backend's own.
   */
  roles?: Readonly<Record<string, string | null>>;
  /**
   * `manual` (default): the backend reads the `clock` the factory gets, and dates compare exactly.
   * `real`: the backend reads the real time; the fixture is dated from the real time the test
   * starts at, times compare within the test's duration, and moving time needs `advanceTime`.
   */
  clock?: "manual" | "real";
  /**
   * R25. `counter` (default): the backend's versions are counters as in the fixture: 1 when loaded,
   * one more on every change, the same after a no-op (R29); checks send and expect them as they are.
   *
   * `opaque`: the backend's versions are numbers of its own (a hash of the fields that can change, a
   * random number per change), and the suite shows them to the checks as such counters. After the
   * harness loads the fixture, the suite lists every loaded user and external user as an active
   * loaded user who manages users (an owner-kind one first) and gives each record's version counter
   * 1; every version the backend returns for a record after that (a user, a list, an external user,
   * a conflict's `current`) that it has not returned for that record before gets the record's next
   * counter, and a version in a call (`updateUser`, `suspendUser`, `reactivateUser`,
   * `updateExternalUser`) is sent as the backend's version that counter stands for. A counter never
   * issued for the record (0, 99) is sent as 0, which no version is (versions start at 1), so it
   * can only be a `conflict`. The counters are kept per test.
   *
   * A backend whose version comes back after a change is undone (A → B → A, as a content hash does)
   * gets its earlier counter back: that is what such a backend is. R25's checks that the version
   * grows then fail (suspending then reactivating), rightly: a save based on the version before B
   * would pass on that backend, though another change came in between.
   */
  versions?: "counter" | "opaque";
}
