import { describe, expect, it } from "vitest";
import type { AdapterCapabilities } from "../../adapter/contract";
import type { AdapterHarnessFactory } from "../adapterHarness";
import { expectFailure, findUser, listAllUsers, method } from "./expectations";
import { ADMIN, DELEGATED_MANAGER, OTHER_USER, PLAIN_USER, SECOND_ADMIN } from "./fixtureIds";
import { useConformanceSubject } from "./subject";

/** R18–R20: suspending, demoting and deleting, and what must always remain. */
export function describeRemovalRules(harnessFactory: AdapterHarnessFactory, capabilities: AdapterCapabilities): void {
  describe("suspending, demoting and deleting", () => {
    const subject = useConformanceSubject(harnessFactory);

    it("R18: deleting yourself is refused with self_action", async () => {
      const admin = subject.as(ADMIN);
      await expectFailure(admin.deleteUser({ id: ADMIN }), "self_action");
      expect(await findUser(admin, ADMIN)).toBeDefined();
    });

    it.skipIf(!capabilities.suspendUsers)("R18: suspending yourself is refused with self_action", async () => {
      const admin = subject.as(ADMIN);
      await expectFailure(method(admin, "suspendUser")({ id: ADMIN }), "self_action");
      expect((await findUser(admin, ADMIN))?.status).toBe("active");
    });

    it("R19, R27: the last active administrator cannot demote themselves (self_action)", async () => {
      const admin = subject.as(ADMIN);
      await admin.deleteUser({ id: SECOND_ADMIN });
      await expectFailure(admin.updateUser({ id: ADMIN, version: 1, changes: { roleId: "user" } }), "self_action");
      expect((await findUser(admin, ADMIN))?.roleId).toBe("administrator");
    });

    it("R19: with a second active administrator, an administrator can demote the other one", async () => {
      const admin = subject.as(ADMIN);
      const { user } = await admin.updateUser({ id: SECOND_ADMIN, version: 1, changes: { roleId: "user" } });
      expect(user.roleId).toBe("user");
      // Now admin-1 is the last one, and nobody changes their own role (R27).
      await expectFailure(admin.updateUser({ id: ADMIN, version: 1, changes: { roleId: "user" } }), "self_action");
    });

    it("R20: a deleted user is gone at once: getUser is not_found and the list no longer has them", async () => {
      const admin = subject.as(ADMIN);
      const before = await admin.listUsers({ page: 1, pageSize: 10 });
      await admin.deleteUser({ id: OTHER_USER });
      await expectFailure(admin.getUser({ id: OTHER_USER }), "not_found");
      const after = await admin.listUsers({ page: 1, pageSize: 10 });
      expect(after.total).toBe(before.total - 1);
      expect(after.users.map((user) => user.id)).not.toContain(OTHER_USER);
    });

    it("R20: deleting a user that does not exist (or no longer does) is not_found", async () => {
      const admin = subject.as(ADMIN);
      await admin.deleteUser({ id: OTHER_USER });
      await expectFailure(admin.deleteUser({ id: OTHER_USER }), "not_found");
      await expectFailure(admin.deleteUser({ id: "no-such-user" }), "not_found");
    });
  });

  // An administrator acting on another one is never the last, so only a non-owner who manages users
  // can reach R19's suspend and delete guards: `manager-1`, with `admin-2` suspended.
  describe("the last active administrator, as a delegated user manager sees it", () => {
    const subject = useConformanceSubject(harnessFactory, "delegated-manager");

    it.skipIf(!capabilities.suspendUsers)(
      "R19: the last active administrator cannot be suspended (last_owner)",
      async () => {
        const manager = subject.as(DELEGATED_MANAGER);
        await expectFailure(method(manager, "suspendUser")({ id: ADMIN }), "last_owner");
        expect((await findUser(manager, ADMIN))?.status).toBe("active");
      },
    );

    it("R19: the last active administrator cannot be deleted (last_owner)", async () => {
      const manager = subject.as(DELEGATED_MANAGER);
      await expectFailure(manager.deleteUser({ id: ADMIN }), "last_owner");
      expect(await findUser(manager, ADMIN)).toBeDefined();
    });

    it("R27: a manager who is not an administrator cannot change an administrator's role (forbidden)", async () => {
      const manager = subject.as(DELEGATED_MANAGER);
      await expectFailure(manager.updateUser({ id: ADMIN, version: 1, changes: { roleId: "user" } }), "forbidden");
      expect((await findUser(manager, ADMIN))?.roleId).toBe("administrator");
    });

    it.skipIf(!capabilities.suspendUsers)(
      "R19: once a second administrator is active again, the first can be suspended",
      async () => {
        const manager = subject.as(DELEGATED_MANAGER);
        await method(manager, "reactivateUser")({ id: SECOND_ADMIN });
        const { user } = await method(manager, "suspendUser")({ id: ADMIN });
        expect(user.status).toBe("suspended");
      },
    );

    it.skipIf(!capabilities.suspendUsers)(
      "R19: once a second administrator is active again, the first can be deleted",
      async () => {
        const manager = subject.as(DELEGATED_MANAGER);
        await method(manager, "reactivateUser")({ id: SECOND_ADMIN });
        await manager.deleteUser({ id: ADMIN });
        const administrators = await listAllUsers(manager, { roleIds: ["administrator"] });
        expect(administrators.map((user) => user.id)).toEqual([SECOND_ADMIN]);
      },
    );
  });
}
