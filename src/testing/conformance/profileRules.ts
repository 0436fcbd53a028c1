import { describe, expect, it } from "vitest";
import type { AdapterCapabilities } from "../../adapter/contract";
import { MAX_NAME_LENGTH } from "../../core/email";
import type { User } from "../../core/types";
import type { AdapterHarnessFactory } from "../adapterHarness";
import { expectFailure, findUser, listAllInvitations, method } from "./expectations";
import { ADMIN, OTHER_USER, PLAIN_USER, SECOND_ADMIN } from "./fixtureIds";
import { useConformanceSubject } from "./subject";

/** R2, R25 and validation: what an update must refuse, and what it must keep. */
export function describeProfileRules(harnessFactory: AdapterHarnessFactory, capabilities: AdapterCapabilities): void {
  describe("editing users", () => {
    const subject = useConformanceSubject(harnessFactory);

    it("R2: an email another user has, in another case, is refused", async () => {
      const admin = subject.as(ADMIN);
      await expectFailure(
        admin.updateUser({ id: PLAIN_USER, version: 1, changes: { email: "ADA.Abbott@Example.com" } }),
        ["validation", "conflict"],
      );
      expect((await findUser(admin, PLAIN_USER))?.email).toBe("cleo.carter@example.com");
    });

    it("R2: an email another user has, with spaces around it, is refused", async () => {
      await expectFailure(
        subject.as(ADMIN).updateUser({ id: PLAIN_USER, version: 1, changes: { email: "  BEN.BAKER@example.com " } }),
        ["validation", "conflict"],
      );
    });

    it("R2: a new email is shown as it was typed", async () => {
      const admin = subject.as(ADMIN);
      const typed = "Fay.Foster@Example.NET";
      const { user } = await admin.updateUser({ id: OTHER_USER, version: 1, changes: { email: typed } });
      expect(user.email).toBe(typed);
      expect((await findUser(admin, OTHER_USER))?.email).toBe(typed);
    });

    it("R2: a user may change the case of their own email", async () => {
      const user = subject.as(PLAIN_USER);
      const { user: updated } = await user.updateUser({
        id: PLAIN_USER,
        version: 1,
        changes: { email: "Cleo.Carter@Example.com" },
      });
      expect(updated.email).toBe("Cleo.Carter@Example.com");
    });

    it("R2: inviting a member under another case of their email yields already_member", async () => {
      const admin = subject.as(ADMIN);
      const before = await listAllInvitations(admin);
      const { results } = await admin.inviteUsers({ invitees: [{ email: "BEN.BAKER@example.com" }], roleId: "user" });
      expect(results).toHaveLength(1);
      expect(results[0]).toMatchObject({ email: "BEN.BAKER@example.com", outcome: "already_member" });
      expect(await listAllInvitations(admin)).toHaveLength(before.length);
    });

    it("R2: an invitation's email is shown as it was typed", async () => {
      const admin = subject.as(ADMIN);
      const typed = "Kim.King@Example.com";
      const { results } = await admin.inviteUsers({ invitees: [{ email: typed }], roleId: "user" });
      expect(results[0]?.invitation?.email).toBe(typed);
      expect((await listAllInvitations(admin)).map((invitation) => invitation.email)).toContain(typed);
    });

    it("a validation error names the field: an invalid email", async () => {
      const error = await expectFailure(
        subject.as(ADMIN).updateUser({ id: PLAIN_USER, version: 1, changes: { email: "not-an-email" } }),
        "validation",
      );
      expect(error.fieldErrors?.email).toEqual(expect.any(String));
    });

    it(`a validation error names the field: a name longer than ${MAX_NAME_LENGTH} characters`, async () => {
      const admin = subject.as(ADMIN);
      const error = await expectFailure(
        admin.updateUser({ id: PLAIN_USER, version: 1, changes: { firstName: "x".repeat(MAX_NAME_LENGTH + 1) } }),
        "validation",
      );
      expect(error.fieldErrors?.firstName).toEqual(expect.any(String));
      expect((await findUser(admin, PLAIN_USER))?.firstName).toBe("Cleo");
    });

    it("R25: an update based on a stale version is a conflict carrying the fresh user, and nothing is overwritten", async () => {
      const { user: first } = await subject
        .as(SECOND_ADMIN)
        .updateUser({ id: PLAIN_USER, version: 1, changes: { firstName: "Cleona" } });
      const admin = subject.as(ADMIN);
      const error = await expectFailure(
        admin.updateUser({ id: PLAIN_USER, version: 1, changes: { lastName: "Overwritten" } }),
        "conflict",
      );
      const current = error.current as Partial<User> | undefined;
      expect(current, "error.current holds the user as the backend has it now").toMatchObject({
        id: PLAIN_USER,
        firstName: "Cleona",
        version: first.version,
      });
      expect(await findUser(admin, PLAIN_USER)).toMatchObject({ firstName: "Cleona", lastName: "Carter" });
    });

    it("R25: the version increases on every update", async () => {
      const admin = subject.as(ADMIN);
      const versions = [1];
      for (const firstName of ["Cleo A", "Cleo B", "Cleo C"]) {
        const version = versions[versions.length - 1] ?? 1;
        const { user } = await admin.updateUser({ id: PLAIN_USER, version, changes: { firstName } });
        expect(user.version).toBeGreaterThan(version);
        versions.push(user.version);
      }
      expect((await admin.getUser({ id: PLAIN_USER })).user).toMatchObject({
        firstName: "Cleo C",
        version: versions[versions.length - 1],
      });
    });

    it.skipIf(!capabilities.suspendUsers)("R25: suspending and reactivating change the version too", async () => {
      const admin = subject.as(ADMIN);
      const { user: suspended } = await method(admin, "suspendUser")({ id: PLAIN_USER });
      expect(suspended.version).toBeGreaterThan(1);
      const { user: reactivated } = await method(admin, "reactivateUser")({ id: PLAIN_USER });
      expect(reactivated.version).toBeGreaterThan(suspended.version);
      await expectFailure(
        admin.updateUser({ id: PLAIN_USER, version: suspended.version, changes: { firstName: "Late" } }),
        "conflict",
      );
    });
  });
}
