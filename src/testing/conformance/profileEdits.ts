import { expect } from "vitest";
import type { UserManagementErrorCode } from "../../core/errors";
import type { ConformanceSuite } from "./conformanceSuite";
import { expectFailure, visibleState } from "./expectations";
import { ADMIN } from "./fixtureIds";
import type { ConformanceSubject } from "./subject";

/**
 * R16: how a backend with `editOtherProfiles: false` refuses a manager's edit of someone else's
 * name or email: it is not allowed (`forbidden`) or not offered at all (`not_implemented`).
 */
export const OTHER_PROFILE_REFUSALS: readonly UserManagementErrorCode[] = ["forbidden", "not_implemented"];

/**
 * R2: how a backend with `changeEmail: false` refuses a change of email address (not of its case
 * only): as invalid (`validation`), not allowed (`forbidden`) or not offered (`not_implemented`).
 */
export const EMAIL_CHANGE_REFUSALS: readonly UserManagementErrorCode[] = ["validation", "forbidden", "not_implemented"];

/**
 * Who edits `targetId`'s name or email in a check about what such an edit must keep or refuse (R2,
 * R25, validation): an administrator where the backend lets managers edit other profiles, else the
 * person themselves, so that the rule is still checked where the backend allows the edit.
 */
export function profileEditor(suite: Pick<ConformanceSuite, "capabilities">, targetId: string): string {
  return suite.capabilities.editOtherProfiles ? ADMIN : targetId;
}

/** The codes a non-manager's edit of another profile is refused with: `forbidden`, or either refusal. */
export function otherProfileRefusal(
  suite: Pick<ConformanceSuite, "capabilities">,
): UserManagementErrorCode | readonly UserManagementErrorCode[] {
  return suite.capabilities.editOtherProfiles ? "forbidden" : OTHER_PROFILE_REFUSALS;
}

/** R16 with `editOtherProfiles: false`: the edit is refused and nothing anyone can see changed. */
export async function expectProfileEditRefused(subject: ConformanceSubject, call: () => Promise<unknown>) {
  const before = await visibleState(subject.as(ADMIN));
  await expectFailure(call(), OTHER_PROFILE_REFUSALS);
  expect(await visibleState(subject.as(ADMIN))).toEqual(before);
}
