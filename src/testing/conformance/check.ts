import { it } from "vitest";
import { type CheckRequirements, registerCheck } from "./checkRegistry";
import { isConformanceSkip } from "./conformanceSkip";
import type { ConformanceSuite } from "./conformanceSuite";

/** The body of one check. */
export type CheckBody = () => Promise<void>;

/** Declares one check: `it` that skips, saying why, when the backend lacks what it needs. */
export interface Check {
  (title: string, body: CheckBody): void;
  (title: string, requirements: CheckRequirements, body: CheckBody): void;
}

/** What the check wrapper asks of the test's subject. */
export interface CheckControl {
  /** Why a left-out fixture record is not loaded, `undefined` when it is. */
  leftOutReason(recordId: string): string | undefined;
  /** Whether the test can move time. */
  canMoveTime(): boolean;
  /** The first skip the test ran into (a left-out record or role, a time move), even if caught. */
  raisedSkip(): string | undefined;
}

/** Why a check cannot run at all on this backend, before it starts. */
export function unmetRequirement(
  suite: Pick<ConformanceSuite, "capabilities">,
  control: Pick<CheckControl, "leftOutReason" | "canMoveTime">,
  requirements: CheckRequirements,
): string | undefined {
  for (const capability of requirements.needs ?? []) {
    if (!suite.capabilities[capability]) return `the adapter lacks the ${capability} capability`;
  }
  for (const record of requirements.records ?? []) {
    const reason = control.leftOutReason(record);
    if (reason !== undefined) return reason;
  }
  if (requirements.movesTime && !control.canMoveTime()) {
    return 'moves time, and the backend reads a real clock with no harness.advanceTime (clock: "real")';
  }
  return undefined;
}

/**
 * Runs a check's body and says whether it must count as skipped: when it ran into something the
 * backend does not have, it is skipped even if it caught the skip and would have passed, so that a
 * check never passes because a record or role was left out. Other failures are rethrown.
 */
export async function settleCheck(body: CheckBody, raisedSkip: () => string | undefined): Promise<string | undefined> {
  try {
    await body();
  } catch (error) {
    const reason = raisedSkip() ?? (isConformanceSkip(error) ? error.reason : undefined);
    if (reason !== undefined) return reason;
    throw error;
  }
  return raisedSkip();
}

/** The `check` of one describe block, bound to its subject. */
export function createCheck(suite: ConformanceSuite, control: CheckControl): Check {
  return (title: string, second: CheckRequirements | CheckBody, third?: CheckBody) => {
    const requirements = typeof second === "function" ? {} : second;
    const body = typeof second === "function" ? second : third;
    if (!body) throw new Error(`The conformance check “${title}” has no body.`);
    const registered = registerCheck(suite.name, { title, ...requirements });
    it(title, async (context) => {
      const skip = (reason: string) => {
        registered.skipped = reason;
        context.skip(reason);
      };
      const unmet = unmetRequirement(suite, control, requirements);
      if (unmet !== undefined) return skip(unmet);
      const raised = await settleCheck(body, () => control.raisedSkip());
      if (raised !== undefined) skip(raised);
    });
  };
}
