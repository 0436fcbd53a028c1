import { describe, expect } from "vitest";
import { isConformanceSkip } from "./conformanceSkip";
import type { ConformanceSuite } from "./conformanceSuite";
import { listAllInvitations } from "./expectations";
import { ADMIN, PLAIN_USER } from "./fixtureIds";
import { profileEditor } from "./profileEdits";
import { useConformanceSubject } from "./subject";

/**
 * Whether a promise rejects, with anything: an aborted call may reject with an AbortError. A call
 * the backend could not be asked (a `ConformanceSkip`) is not a rejection: it is let through.
 */
const rejects = (call: Promise<unknown>) =>
  call.then(
    () => false,
    (error: unknown) => {
      if (isConformanceSkip(error)) throw error;
      return true;
    },
  );

/** Every call takes an AbortSignal; one that is already aborted must stop the call before it acts. */
export function describeCancellationRules(suite: ConformanceSuite): void {
  describe("cancellation", () => {
    const { subject, check } = useConformanceSubject(suite);

    check("a read with an already aborted signal rejects", async () => {
      const signal = AbortSignal.abort();
      expect(await rejects(subject.as(ADMIN).listUsers({ page: 1, pageSize: 10, signal }))).toBe(true);
    });

    // Made by someone the backend lets edit the profile, so that only the signal can refuse it.
    check(
      "an update with an already aborted signal rejects and changes nothing",
      { switches: ["editOtherProfiles"] },
      async () => {
        const admin = subject.as(ADMIN);
        const signal = AbortSignal.abort();
        const call = subject
          .as(profileEditor(suite, PLAIN_USER))
          .updateUser({ id: PLAIN_USER, version: 1, changes: { firstName: "Aborted" }, signal });
        expect(await rejects(call)).toBe(true);
        expect((await admin.getUser({ id: PLAIN_USER })).user).toMatchObject({ firstName: "Cleo", version: 1 });
      },
    );

    check("an invitation with an already aborted signal rejects and sends nothing", async () => {
      const admin = subject.as(ADMIN);
      const before = await listAllInvitations(admin);
      const signal = AbortSignal.abort();
      const call = admin.inviteUsers({ invitees: [{ email: "kim.king@example.com" }], roleId: "user", signal });
      expect(await rejects(call)).toBe(true);
      expect(await listAllInvitations(admin)).toEqual(before);
    });
  });
}
