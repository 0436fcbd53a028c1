import { describe, expect } from "vitest";
import type { AdapterCapabilities } from "../../adapter/contract";
import type { UserManagementErrorCode } from "../../core/errors";
import type { ConformanceSuite } from "./conformanceSuite";
import { expectFailure, expectRefusedUnchanged, findUser, listAllUsers, method } from "./expectations";
import { ADMIN, DELEGATED_MANAGER, OTHER_USER, SECOND_ADMIN } from "./fixtureIds";
import { otherProfileRefusal } from "./profileEdits";
import { useConformanceSubject } from "./subject";

interface Refusal {
  what: string;
  needs: readonly (keyof AdapterCapabilities)[];
  codes?: UserManagementErrorCode | readonly UserManagementErrorCode[];
  call(): Promise<unknown>;
}

/** R18–R20: suspending, demoting and deleting, and what must always remain. */
export function describeRemovalRules(suite: ConformanceSuite): void {
  describe("suspending, demoting and deleting", () => {
    const { subject, check } = useConformanceSubject(suite);

    check("R18: deleting yourself is refused with self_action", async () => {
      const admin = subject.as(ADMIN);
      await expectFailure(admin.deleteUser({ id: ADMIN }), "self_action");
      expect(await findUser(admin, ADMIN)).toBeDefined();
    });

    check("R18: suspending yourself is refused with self_action", { needs: ["suspendUsers"] }, async () => {
      const admin = subject.as(ADMIN);
      await expectFailure(method(admin, "suspendUser")({ id: ADMIN }), "self_action");
      expect((await findUser(admin, ADMIN))?.status).toBe("active");
    });

    check("R19, R27: the last active administrator cannot demote themselves (self_action)", async () => {
      const admin = subject.as(ADMIN);
      await admin.deleteUser({ id: SECOND_ADMIN });
      await expectFailure(admin.updateUser({ id: ADMIN, version: 1, changes: { roleId: "user" } }), "self_action");
      expect((await findUser(admin, ADMIN))?.roleId).toBe("administrator");
    });

    check("R19: with a second active administrator, an administrator can demote the other one", async () => {
      const admin = subject.as(ADMIN);
      const { user } = await admin.updateUser({ id: SECOND_ADMIN, version: 1, changes: { roleId: "user" } });
      expect(user.roleId).toBe("user");
      // Now admin-1 is the last one, and nobody changes their own role (R27).
      await expectFailure(admin.updateUser({ id: ADMIN, version: 1, changes: { roleId: "user" } }), "self_action");
    });

    check("R20: a deleted user is gone at once: getUser is not_found and the list no longer has them", async () => {
      const admin = subject.as(ADMIN);
      const before = await admin.listUsers({ page: 1, pageSize: 10 });
      await admin.deleteUser({ id: OTHER_USER });
      await expectFailure(admin.getUser({ id: OTHER_USER }), "not_found");
      const after = await admin.listUsers({ page: 1, pageSize: 10 });
      // A total the adapter flags as a lower bound (R1) need not move by exactly one.
      if (!before.totalIsLowerBound && !after.totalIsLowerBound) expect(after.total).toBe(before.total - 1);
      expect(after.users.map((user) => user.id)).not.toContain(OTHER_USER);
    });

    check("R20: deleting a user that does not exist (or no longer does) is not_found", async () => {
      const admin = subject.as(ADMIN);
      await admin.deleteUser({ id: OTHER_USER });
      await expectFailure(admin.deleteUser({ id: OTHER_USER }), "not_found");
      await expectFailure(admin.deleteUser({ id: "no-such-user" }), "not_found");
    });
  });

  // R27 leaves only administrators acting on administrators, and never on themselves, so the last
  // one is kept by R18 and R27 before R19's own guard is reached: `manager-1` manages users without
  // being an administrator, with `admin-2` suspended so that `admin-1` is the last active one. A
  // backend without suspension does not hold `admin-2` at all, which leaves `admin-1` the last one too.
  describe("the last active administrator, as a delegated user manager sees it", () => {
    const { subject, check } = useConformanceSubject(suite, "delegated-manager");
    const refusals: Refusal[] = [
      {
        what: "suspend",
        needs: ["suspendUsers"],
        call: () => method(subject.as(DELEGATED_MANAGER), "suspendUser")({ id: ADMIN }),
      },
      { what: "delete", needs: [], call: () => subject.as(DELEGATED_MANAGER).deleteUser({ id: ADMIN }) },
      {
        what: "demote",
        needs: [],
        call: () => subject.as(DELEGATED_MANAGER).updateUser({ id: ADMIN, version: 1, changes: { roleId: "user" } }),
      },
      {
        what: "edit",
        needs: [],
        codes: otherProfileRefusal(suite),
        call: () =>
          subject
            .as(DELEGATED_MANAGER)
            .updateUser({ id: ADMIN, version: 1, changes: { email: "mallory@example.com" } }),
      },
      {
        what: "change the password of",
        needs: ["changePassword"],
        call: () =>
          method(
            subject.as(DELEGATED_MANAGER),
            "changePassword",
          )({
            id: ADMIN,
            newPassword: "taken over at last",
            actorPassword: subject.fixture.passwords[DELEGATED_MANAGER] ?? "",
          }),
      },
      {
        what: "reactivate",
        needs: ["suspendUsers"],
        call: () => method(subject.as(DELEGATED_MANAGER), "reactivateUser")({ id: SECOND_ADMIN }),
      },
    ];
    for (const refusal of refusals) {
      check(
        `R9, R19, R27: a manager who is not an administrator cannot ${refusal.what} an administrator (forbidden)`,
        { needs: refusal.needs, switches: refusal.codes ? ["editOtherProfiles"] : [] },
        async () => {
          await expectRefusedUnchanged(subject, DELEGATED_MANAGER, refusal.call, refusal.codes ?? "forbidden");
        },
      );
    }

    check("R19: the last active administrator cannot delete themselves either (self_action)", async () => {
      await expectFailure(subject.as(ADMIN).deleteUser({ id: ADMIN }), "self_action");
      expect(await findUser(subject.as(ADMIN), ADMIN)).toBeDefined();
    });

    check(
      "R19: once a second administrator is active again, one administrator can delete the other",
      { needs: ["suspendUsers"] },
      async () => {
        const admin = subject.as(ADMIN);
        await method(admin, "reactivateUser")({ id: SECOND_ADMIN });
        await subject.as(SECOND_ADMIN).deleteUser({ id: ADMIN });
        const administrators = await listAllUsers(subject.as(SECOND_ADMIN), { roleIds: ["administrator"] });
        expect(administrators.map((user) => user.id)).toEqual([SECOND_ADMIN]);
      },
    );
  });
}
