import { describe, expect } from "vitest";
import type { AdapterCapabilities, UserManagementAdapter } from "../../adapter/contract";
import type { UserManagementDataset } from "../../adapter/dataset";
import type { ConformanceSuite } from "./conformanceSuite";
import { expectFailure, expectRefusedUnchanged, findUser, method } from "./expectations";
import {
  ADMIN,
  CUSTOM_USER,
  EXTERNAL_USER,
  OTHER_USER,
  PENDING_INVITATION,
  PLAIN_USER,
  SECOND_ADMIN,
  SUSPENDED_USER,
} from "./fixtureIds";
import { expectProfileEditRefused, otherProfileRefusal } from "./profileEdits";
import { useConformanceSubject } from "./subject";

interface RefusedCall {
  what: string;
  needs?: keyof AdapterCapabilities;
  /** Edits another user's name or email: `editOtherProfiles: false` may refuse it as not offered. */
  editsProfile?: boolean;
  call(adapter: UserManagementAdapter, fixture: UserManagementDataset): Promise<unknown>;
}

const passwordOf = (fixture: UserManagementDataset, id: string) => fixture.passwords[id] ?? "";

// R5, R16: what a plain user may not do, called directly as a client bypassing the UI would.
const mutationsOfManagers: RefusedCall[] = [
  {
    what: "editing another user's profile",
    editsProfile: true,
    call: (a) => a.updateUser({ id: OTHER_USER, version: 1, changes: { firstName: "Mallory" } }),
  },
  {
    what: "changing another user's role",
    call: (a) => a.updateUser({ id: OTHER_USER, version: 1, changes: { roleId: "administrator" } }),
  },
  {
    what: "an empty update of another user (R29: decided on the request)",
    call: (a) => a.updateUser({ id: OTHER_USER, version: 1, changes: {} }),
  },
  {
    what: "an update of another user that changes nothing (R29)",
    call: (a) => a.updateUser({ id: OTHER_USER, version: 1, changes: { firstName: "Fay" } }),
  },
  {
    what: "an update of another user at a wrong version (R29: no conflict, no record)",
    call: (a) => a.updateUser({ id: OTHER_USER, version: 0, changes: {} }),
  },
  {
    what: "an update of a user that does not exist (R29: same answer as an existing one)",
    call: (a) => a.updateUser({ id: "no-such-user", version: 1, changes: {} }),
  },
  { what: "deleting a user that does not exist (R29)", call: (a) => a.deleteUser({ id: "no-such-user" }) },
  { what: "reading a user that does not exist (R29)", call: (a) => a.getUser({ id: "no-such-user" }) },
  {
    what: "resending an invitation that does not exist (R29)",
    call: (a) => a.resendInvitation({ id: "no-such-invitation" }),
  },
  {
    what: "making themselves an administrator",
    call: (a) => a.updateUser({ id: PLAIN_USER, version: 1, changes: { roleId: "administrator" } }),
  },
  {
    what: "granting permissions to a custom user",
    call: (a) => a.updateUser({ id: CUSTOM_USER, version: 1, changes: { permissions: ["reports.view"] } }),
  },
  { what: "deleting another user", call: (a) => a.deleteUser({ id: OTHER_USER }) },
  { what: "suspending another user", needs: "suspendUsers", call: (a) => method(a, "suspendUser")({ id: OTHER_USER }) },
  {
    what: "reactivating a suspended user",
    needs: "suspendUsers",
    call: (a) => method(a, "reactivateUser")({ id: SUSPENDED_USER }),
  },
  {
    what: "changing another user's password",
    needs: "changePassword",
    call: (a, fixture) =>
      method(
        a,
        "changePassword",
      )({
        id: OTHER_USER,
        newPassword: "a brand new password",
        actorPassword: passwordOf(fixture, PLAIN_USER),
      }),
  },
  {
    what: "inviting users",
    call: (a) => a.inviteUsers({ invitees: [{ email: "new.person@example.com" }], roleId: "user" }),
  },
  { what: "resending an invitation", call: (a) => a.resendInvitation({ id: PENDING_INVITATION }) },
  { what: "cancelling an invitation", call: (a) => a.cancelInvitation({ id: PENDING_INVITATION }) },
  {
    what: "replacing an invitation",
    needs: "replaceInvitation",
    call: (a) =>
      method(
        a,
        "replaceInvitation",
      )({
        id: PENDING_INVITATION,
        invitee: { email: "someone.else@example.com" },
        roleId: "user",
      }),
  },
  {
    what: "changing an external user's role",
    needs: "externalUsers",
    call: (a) =>
      method(
        a,
        "updateExternalUser",
      )({ id: EXTERNAL_USER, version: 1, roleId: "custom", permissions: ["reports.view"] }),
  },
  {
    what: "removing an external user's access",
    needs: "externalUsers",
    call: (a) => method(a, "removeExternalUser")({ id: EXTERNAL_USER }),
  },
];

/** R5–R8, R10, R16: who may do what, enforced by the backend whatever the UI shows. */
export function describeAccessRules(suite: ConformanceSuite): void {
  const { capabilities } = suite;
  describe("administrator / user / custom: enforced by the backend", () => {
    const { subject, check } = useConformanceSubject(suite);

    for (const refused of mutationsOfManagers) {
      const requirements = {
        needs: refused.needs ? [refused.needs] : [],
        switches: refused.editsProfile ? (["editOtherProfiles"] as const) : [],
      };
      const codes = refused.editsProfile ? otherProfileRefusal(suite) : "forbidden";
      check(
        `R5, R9: a plain user is refused ${refused.what} (forbidden) and nothing changes`,
        requirements,
        async () => {
          const call = () => refused.call(subject.as(PLAIN_USER), subject.fixture);
          const error = await expectRefusedUnchanged(subject, PLAIN_USER, call, codes);
          // R29: a refusal reveals nothing about the target.
          expect(error.current).toBeUndefined();
        },
      );
    }

    check("R5, R9: a custom user cannot grant themselves permissions", async () => {
      const custom = subject.as(CUSTOM_USER);
      await expectFailure(
        custom.updateUser({
          id: CUSTOM_USER,
          version: 1,
          changes: { permissions: ["campaigns.create", "reports.view"] },
        }),
        "forbidden",
      );
      expect((await findUser(subject.as(ADMIN), CUSTOM_USER))?.permissions).toEqual(["campaigns.create"]);
    });

    check("R8, R9: a plain user cannot list users (forbidden)", async () => {
      await expectFailure(subject.as(PLAIN_USER).listUsers({ page: 1, pageSize: 10 }), "forbidden");
    });

    check("R8, R9: a plain user cannot list invitations (forbidden)", async () => {
      await expectFailure(subject.as(PLAIN_USER).listInvitations({}), "forbidden");
    });

    check("R8, R9: a plain user cannot list external users (forbidden)", { needs: ["externalUsers"] }, async () => {
      await expectFailure(method(subject.as(PLAIN_USER), "listExternalUsers")({}), "forbidden");
    });

    check("R8, R9: a plain user sees their own profile but not another user's", async () => {
      const user = subject.as(PLAIN_USER);
      const { user: own } = await user.getUser({ id: PLAIN_USER });
      expect(own).toMatchObject({ id: PLAIN_USER, email: "cleo.carter@example.com" });
      await expectFailure(user.getUser({ id: ADMIN }), "forbidden");
    });

    check("R8: a plain user edits their own profile", async () => {
      const user = subject.as(PLAIN_USER);
      const { user: updated } = await user.updateUser({
        id: PLAIN_USER,
        version: 1,
        changes: { firstName: "Cleopatra", lastName: "Cartwright" },
      });
      expect(updated).toMatchObject({ firstName: "Cleopatra", lastName: "Cartwright", roleId: "user" });
      expect((await user.getUser({ id: PLAIN_USER })).user.firstName).toBe("Cleopatra");
    });

    // The email only where the backend changes one at once (changeEmail).
    const profileEdit = {
      firstName: "Clea",
      lastName: "Cortez",
      ...(capabilities.changeEmail && { email: "clea.cortez@example.com" }),
    };
    const editOfPlainUser = () => subject.as(ADMIN).updateUser({ id: PLAIN_USER, version: 1, changes: profileEdit });
    if (capabilities.editOtherProfiles) {
      check(
        "R16: an administrator edits another user's profile",
        { switches: ["editOtherProfiles", "changeEmail"] },
        async () => {
          const { user } = await editOfPlainUser();
          expect(user).toMatchObject(profileEdit);
          expect(await findUser(subject.as(ADMIN), PLAIN_USER)).toMatchObject(profileEdit);
        },
      );
    } else {
      check(
        `R16: an administrator's edit of another user's ${capabilities.changeEmail ? "name and email" : "name"} is refused, as declared (editOtherProfiles: false)`,
        { switches: ["editOtherProfiles"] },
        () => expectProfileEditRefused(subject, editOfPlainUser),
      );
    }

    check("R16: an administrator changes another user's role to custom, with permissions", async () => {
      const admin = subject.as(ADMIN);
      const { user } = await admin.updateUser({
        id: PLAIN_USER,
        version: 1,
        changes: { roleId: "custom", permissions: ["reports.view"] },
      });
      expect(user.roleId).toBe("custom");
      expect(user.permissions).toEqual(["reports.view"]);
    });

    check("R16: an administrator grants a custom user more permissions", async () => {
      const admin = subject.as(ADMIN);
      const permissions = ["campaigns.create", "reports.view"];
      await admin.updateUser({ id: CUSTOM_USER, version: 1, changes: { permissions } });
      expect([...((await findUser(admin, CUSTOM_USER))?.permissions ?? [])].sort()).toEqual(permissions);
    });

    check("R5: permissions are granted one by one only with a custom role (validation)", async () => {
      const admin = subject.as(ADMIN);
      const error = await expectFailure(
        admin.updateUser({ id: PLAIN_USER, version: 1, changes: { permissions: ["reports.view"] } }),
        "validation",
      );
      expect(Object.keys(error.fieldErrors ?? {})).not.toHaveLength(0);
      expect((await findUser(admin, PLAIN_USER))?.permissions).toEqual([]);
    });

    check(
      "R10: a suspended user is refused with access_suspended on their next call",
      { records: [SUSPENDED_USER] },
      async () => {
        await expectFailure(subject.as(SUSPENDED_USER).getUser({ id: SUSPENDED_USER }), "access_suspended");
      },
    );

    check("R10: a user suspended by an administrator is refused at once", { needs: ["suspendUsers"] }, async () => {
      const user = subject.as(PLAIN_USER);
      await user.getUser({ id: PLAIN_USER });
      const { user: suspended } = await method(subject.as(ADMIN), "suspendUser")({ id: PLAIN_USER });
      expect(suspended.status).toBe("suspended");
      await expectFailure(user.getUser({ id: PLAIN_USER }), "access_suspended");
    });

    check("R10: a suspended administrator loses their powers at once", { needs: ["suspendUsers"] }, async () => {
      await method(subject.as(ADMIN), "suspendUser")({ id: SECOND_ADMIN });
      await expectFailure(subject.as(SECOND_ADMIN).listUsers({ page: 1, pageSize: 10 }), "access_suspended");
    });

    check("R10: a reactivated user has access again", { needs: ["suspendUsers"] }, async () => {
      const { user } = await method(subject.as(ADMIN), "reactivateUser")({ id: SUSPENDED_USER });
      expect(user.status).toBe("active");
      const { user: own } = await subject.as(SUSPENDED_USER).getUser({ id: SUSPENDED_USER });
      expect(own.status).toBe("active");
    });

    check("R10: a deleted user is refused with access_revoked on their next call", async () => {
      const user = subject.as(OTHER_USER);
      await user.getUser({ id: OTHER_USER });
      await subject.as(ADMIN).deleteUser({ id: OTHER_USER });
      await expectFailure(user.getUser({ id: OTHER_USER }), "access_revoked");
    });
  });

  describe("owner / manager: enforced by the backend", () => {
    const { subject, check } = useConformanceSubject(suite, "owner-manager");

    check("R6, R9: a manager cannot invite users (forbidden)", async () => {
      await expectFailure(
        subject.as(PLAIN_USER).inviteUsers({ invitees: [{ email: "new.person@example.com" }], roleId: "manager" }),
        "forbidden",
      );
    });

    check("R6, R9: a manager cannot edit other users (forbidden)", { switches: ["editOtherProfiles"] }, async () => {
      await expectFailure(
        subject.as(PLAIN_USER).updateUser({ id: OTHER_USER, version: 1, changes: { lastName: "Changed" } }),
        otherProfileRefusal(suite),
      );
    });

    const editOfOtherOwner = () =>
      subject.as(ADMIN).updateUser({ id: SECOND_ADMIN, version: 1, changes: { lastName: "Bakerson" } });
    if (capabilities.editOtherProfiles) {
      check("R6: an owner edits another owner", { switches: ["editOtherProfiles"] }, async () => {
        const { user } = await editOfOtherOwner();
        expect(user.lastName).toBe("Bakerson");
      });
    } else {
      check(
        "R6: an owner's edit of another owner's name is refused, as declared (editOtherProfiles: false)",
        { switches: ["editOtherProfiles"] },
        () => expectProfileEditRefused(subject, editOfOtherOwner),
      );
    }

    check("R6: an owner invites users", async () => {
      const { results } = await subject
        .as(ADMIN)
        .inviteUsers({ invitees: [{ email: "new.person@example.com" }], roleId: "manager" });
      expect(results.map((result) => result.outcome)).toEqual(["sent"]);
    });
  });

  describe("account holder / member: enforced by the backend", () => {
    const { subject, check } = useConformanceSubject(suite, "account-holder-member");

    check("R7, R9: a member cannot add users (forbidden)", async () => {
      await expectFailure(
        subject.as(PLAIN_USER).inviteUsers({ invitees: [{ email: "new.person@example.com" }], roleId: "member" }),
        "forbidden",
      );
    });

    check("R7, R9: a member cannot remove users (forbidden)", async () => {
      await expectFailure(subject.as(PLAIN_USER).deleteUser({ id: OTHER_USER }), "forbidden");
      expect(await findUser(subject.as(ADMIN), OTHER_USER)).toBeDefined();
    });

    check("R7: the account holder adds and removes users", async () => {
      const holder = subject.as(ADMIN);
      const { results } = await holder.inviteUsers({
        invitees: [{ email: "new.person@example.com" }],
        roleId: "member",
      });
      expect(results.map((result) => result.outcome)).toEqual(["sent"]);
      await holder.deleteUser({ id: OTHER_USER });
      expect(await findUser(holder, OTHER_USER)).toBeUndefined();
    });
  });
}
