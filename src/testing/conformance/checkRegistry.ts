import type { AdapterBehaviours, AdapterCapabilities } from "../../adapter/contract";

/**
 * Something that changes what a check expects, rather than whether it runs: a declared behaviour,
 * `editOtherProfiles: false` or `changeEmail: false` (the edit is then expected to be refused),
 * `clock` (a real clock compares "now" within the test's duration), `roles` (a backend with its own
 * role names has its own role model, which then decides) or `asInvitee` (who accepts an invitation).
 */
export type ConformanceSwitch =
  | keyof AdapterBehaviours
  | "editOtherProfiles"
  | "changeEmail"
  | "clock"
  | "roles"
  | "asInvitee";

/** What a check needs and what changes it, declared where the check is written. */
export interface CheckRequirements {
  /** Capabilities without which the check is skipped, saying which. */
  needs?: readonly (keyof AdapterCapabilities)[];
  /**
   * Fixture records the check expects without naming them in a call (e.g. in a list it compares);
   * a record named in a call is found by the suite itself. Left out: the check is skipped.
   */
  records?: readonly string[];
  /** The check moves time: on a real clock it needs `AdapterHarness.advanceTime`. */
  movesTime?: boolean;
  /** What switches the check's expectation. */
  switches?: readonly ConformanceSwitch[];
}

/** One check of the suite, as registered while the suite is collected. */
export interface ConformanceCheck extends CheckRequirements {
  /** The test's title, rule IDs first. */
  readonly title: string;
  /** Why it was skipped in its last run, when it was. */
  skipped?: string;
}

const registry = new Map<string, ConformanceCheck[]>();

/** Registers a check of the suite named `suiteName` (called while collecting). */
export function registerCheck(suiteName: string, check: ConformanceCheck): ConformanceCheck {
  const checks = registry.get(suiteName) ?? [];
  checks.push(check);
  registry.set(suiteName, checks);
  return check;
}

/**
 * The checks `describeAdapterConformance(suiteName, …)` declared in this test process, with what
 * each needs and what switches it, and after they ran, which were skipped and why. Read it in a test
 * that runs after the suite's (later in the same file). The source of {@link conformanceRequirementTable}.
 */
export function getConformanceChecks(suiteName: string): readonly ConformanceCheck[] {
  return registry.get(suiteName) ?? [];
}

/** One row of the requirement table: a capability, a behaviour or an option, and its checks. */
export interface ConformanceRequirementRow {
  /**
   * `capability`: the check runs only with it. `time`: it runs on a real clock only with
   * `advanceTime`. `record`: it runs only when the backend holds that fixture record (see
   * `ConformanceOptions`). `switch`: its value changes what the check expects.
   */
  kind: "capability" | "time" | "record" | "switch";
  /** The capability, `advanceTime`, the fixture record's id, or the switch's name. */
  name: string;
  /** Titles of the checks, in the suite's order. */
  checks: string[];
}

/**
 * For each capability, time moves (`advanceTime` on a real clock), fixture record and each behaviour
 * or option, the checks it turns on or switches, derived from the checks' own declarations, so it
 * cannot go stale: a documentation table is printed from it. Checks that name a record or a role in
 * a call are found at run time and are not listed under `record`.
 */
export function conformanceRequirementTable(checks: readonly ConformanceCheck[]): ConformanceRequirementRow[] {
  const rows = new Map<string, ConformanceRequirementRow>();
  const add = (kind: ConformanceRequirementRow["kind"], name: string, title: string) => {
    const key = `${kind}:${name}`;
    const row = rows.get(key) ?? { kind, name, checks: [] };
    if (!row.checks.includes(title)) row.checks.push(title);
    rows.set(key, row);
  };
  for (const check of checks) {
    for (const capability of check.needs ?? []) add("capability", capability, check.title);
    if (check.movesTime) add("time", "advanceTime", check.title);
    for (const record of check.records ?? []) add("record", record, check.title);
    for (const name of check.switches ?? []) add("switch", name, check.title);
  }
  return [...rows.values()];
}
