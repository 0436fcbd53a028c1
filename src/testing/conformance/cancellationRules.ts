import { describe, expect, it } from "vitest";
import type { AdapterHarnessFactory } from "../adapterHarness";
import { listAllInvitations } from "./expectations";
import { ADMIN, PLAIN_USER } from "./fixtureIds";
import { useConformanceSubject } from "./subject";

/** Whether a promise rejects, with anything: an aborted call may reject with an AbortError. */
const rejects = (call: Promise<unknown>) =>
  call.then(
    () => false,
    () => true,
  );

/** Every call takes an AbortSignal; one that is already aborted must stop the call before it acts. */
export function describeCancellationRules(harnessFactory: AdapterHarnessFactory): void {
  describe("cancellation", () => {
    const subject = useConformanceSubject(harnessFactory);

    it("a read with an already aborted signal rejects", async () => {
      const signal = AbortSignal.abort();
      expect(await rejects(subject.as(ADMIN).listUsers({ page: 1, pageSize: 10, signal }))).toBe(true);
    });

    it("an update with an already aborted signal rejects and changes nothing", async () => {
      const admin = subject.as(ADMIN);
      const signal = AbortSignal.abort();
      const call = admin.updateUser({ id: PLAIN_USER, version: 1, changes: { firstName: "Aborted" }, signal });
      expect(await rejects(call)).toBe(true);
      expect((await admin.getUser({ id: PLAIN_USER })).user).toMatchObject({ firstName: "Cleo", version: 1 });
    });

    it("an invitation with an already aborted signal rejects and sends nothing", async () => {
      const admin = subject.as(ADMIN);
      const before = await listAllInvitations(admin);
      const signal = AbortSignal.abort();
      const call = admin.inviteUsers({ invitees: [{ email: "kim.king@example.com" }], roleId: "user", signal });
      expect(await rejects(call)).toBe(true);
      expect(await listAllInvitations(admin)).toEqual(before);
    });
  });
}
