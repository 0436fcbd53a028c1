import { describe, expect, it } from "vitest";
import {
  type Action,
  type ActionTargets,
  assertCan,
  can,
  type Decision,
  type DenyReason,
  type PolicyContext,
} from "../../src/core/can";
import { isUserManagementError, type UserManagementErrorCode } from "../../src/core/errors";
import { administratorUserCustomPreset } from "../../src/core/presets";
import { countActiveOwners } from "../../src/core/roles";
import type { RoleDefinition, Viewer } from "../../src/core/types";
import {
  makeContext,
  makeExternalUser,
  makeInvitation,
  makeUser,
  makeViewer,
  unlimitedPlan,
  userFromViewer,
} from "./fixtures";

/**
 * One target per action, all concerning someone other than the viewer. Typed as a complete map so
 * that a new action added to `can()` fails the typecheck here until it is tested.
 */
const TARGETS: { [A in Action]: ActionTargets[A] } = {
  "users.list": undefined,
  "user.view": makeUser(),
  "user.updateProfile": makeUser(),
  "user.changeRole": makeUser(),
  "user.updatePermissions": makeUser(),
  "user.changePassword": makeUser(),
  "user.suspend": makeUser(),
  "user.reactivate": makeUser({ status: "suspended" }),
  "user.delete": makeUser(),
  "invitations.list": undefined,
  "invitation.create": undefined,
  "invitation.resend": makeInvitation(),
  "invitation.cancel": makeInvitation(),
  "invitation.replace": makeInvitation(),
  "externalUsers.list": undefined,
  "externalUser.update": makeExternalUser(),
  "externalUser.remove": makeExternalUser(),
  "account.update": undefined,
  "account.delete": undefined,
  "apiTokens.create": undefined,
};

const ALL_ACTIONS = Object.keys(TARGETS) as Action[];

/** Calls `can()` with the table's target for a runtime-chosen action. */
const decide = (viewer: Viewer, action: Action, context: PolicyContext = makeContext()): Decision =>
  (can as (v: Viewer, a: Action, t: unknown, c: PolicyContext) => Decision)(viewer, action, TARGETS[action], context);

/** A role model with a non-owner who manages users, so that R19 can be checked by someone else. */
const rolesWithSupport: RoleDefinition[] = [
  ...administratorUserCustomPreset.roles,
  { id: "support", label: "Support", description: "Manages users.", kind: "standard", permissions: ["users.manage"] },
];
const supportAgent = makeViewer({ id: "user-9", roleId: "support" });
const plainUser = makeViewer({ id: "user-5", roleId: "user" });

function expectDenied(decision: Decision, reason: DenyReason): string {
  expect(decision).toMatchObject({ allowed: false, reason });
  if (decision.allowed) throw new Error("unreachable");
  return decision.message;
}

describe("can() covers every action (R9)", () => {
  it.each(ALL_ACTIONS)("R9: denies %s to a plain user with a reason code and a message", (action) => {
    const message = expectDenied(decide(plainUser, action), "not_permitted");
    expect(message.length).toBeGreaterThan(10);
  });

  it.each(ALL_ACTIONS)("R9: allows %s to an administrator", (action) => {
    expect(decide(makeViewer(), action)).toEqual({ allowed: true });
  });
});

describe("inactive viewers (R10)", () => {
  it.each(ALL_ACTIONS)("R10: denies %s to a suspended administrator as inactive_viewer", (action) => {
    const message = expectDenied(decide(makeViewer({ status: "suspended" }), action), "inactive_viewer");
    expect(message).toMatch(/suspended/);
  });

  it("R10: tells a revoked viewer their access was revoked, even for their own profile", () => {
    const viewer = makeViewer({ status: "revoked" });
    const message = expectDenied(can(viewer, "user.view", userFromViewer(viewer), makeContext()), "inactive_viewer");
    expect(message).toBe("Your access to this account was revoked.");
  });
});

describe("viewers without user management (R8, R16)", () => {
  const self = userFromViewer(plainUser);
  const context = makeContext();

  it("R8: a viewer without users.manage cannot list users", () => {
    expectDenied(can(plainUser, "users.list", undefined, context), "not_permitted");
  });

  it("R8: a viewer without users.manage cannot see another user", () => {
    expectDenied(can(plainUser, "user.view", makeUser(), context), "not_permitted");
  });

  it("R8: a viewer without users.manage sees and edits their own profile", () => {
    expect(can(plainUser, "user.view", self, context)).toEqual({ allowed: true });
    expect(can(plainUser, "user.updateProfile", self, context)).toEqual({ allowed: true });
  });

  it("R8: a viewer without users.manage cannot list invitations or external users", () => {
    expectDenied(can(plainUser, "invitations.list", undefined, context), "not_permitted");
    expectDenied(can(plainUser, "externalUsers.list", undefined, context), "not_permitted");
  });

  it("R16: only user managers edit another user's profile", () => {
    expectDenied(can(plainUser, "user.updateProfile", makeUser(), context), "not_permitted");
    expect(can(makeViewer(), "user.updateProfile", makeUser(), context)).toEqual({ allowed: true });
  });

  it("R16: only user managers change another user's password; anyone changes their own", () => {
    const message = expectDenied(can(plainUser, "user.changePassword", makeUser(), context), "not_permitted");
    expect(message).toMatch(/password/);
    expect(can(makeViewer(), "user.changePassword", makeUser(), context)).toEqual({ allowed: true });
    expect(can(plainUser, "user.changePassword", self, context)).toEqual({ allowed: true });
  });

  it("R16: a viewer cannot change their own role or grant themselves permissions", () => {
    expectDenied(can(plainUser, "user.changeRole", self, { ...context, roleId: "administrator" }), "not_permitted");
    expectDenied(can(plainUser, "user.updatePermissions", self, context), "not_permitted");
  });

  it("R16: an external viewer is not treated as the user who shares their id", () => {
    const external = makeViewer({ id: "user-2", roleId: "user", isExternal: true });
    expectDenied(can(external, "user.updateProfile", makeUser({ id: "user-2" }), context), "not_permitted");
  });
});

describe("actions on oneself (R18)", () => {
  const admin = makeViewer();
  const self = userFromViewer(admin);
  const context = makeContext({ activeOwnerCount: 2 });

  it("R18: nobody can delete the user they are logged in as", () => {
    expectDenied(can(admin, "user.delete", self, context), "self_action");
  });

  it("R18: nobody can suspend the user they are logged in as", () => {
    expectDenied(can(admin, "user.suspend", self, context), "self_action");
  });

  it("R18: an external user manager cannot remove their own access here", () => {
    const external = makeViewer({ id: "external-1", isExternal: true });
    expectDenied(can(external, "externalUser.remove", makeExternalUser({ id: "external-1" }), context), "self_action");
    const other = makeExternalUser({ id: "external-2" });
    expect(can(external, "externalUser.remove", other, context)).toEqual({ allowed: true });
  });
});

describe("the last active owner (R19)", () => {
  const lastAdmin = makeUser({ id: "user-1", firstName: "Ada", lastName: "Lovelace", roleId: "administrator" });
  const alone = makeContext({ roles: rolesWithSupport, activeOwnerCount: 1 });
  const two = makeContext({ roles: rolesWithSupport, activeOwnerCount: 2 });

  // R27 leaves only an owner able to demote an owner, and never themselves; the guard holds on its
  // own all the same, e.g. on a count read before a concurrent change.
  const coOwner = makeViewer({ id: "user-7", roleId: "administrator" });

  it("R19: the last active owner cannot be demoted", () => {
    const message = expectDenied(
      can(coOwner, "user.changeRole", lastAdmin, { ...alone, roleId: "user" }),
      "last_owner",
    );
    expect(message).toMatch(/Ada Lovelace is the last active administrator/);
  });

  it("R19, R27: the only administrator cannot demote themselves: nobody changes their own role", () => {
    const viewer = makeViewer();
    const decision = can(viewer, "user.changeRole", userFromViewer(viewer), {
      ...makeContext(),
      activeOwnerCount: 1,
      roleId: "custom",
    });
    expectDenied(decision, "self_action");
  });

  it("R27: a user manager who is not an owner cannot suspend, delete or demote an owner at all", () => {
    for (const action of ["user.suspend", "user.delete", "user.changeRole"] as const) {
      expectDenied(can(supportAgent, action, lastAdmin, { ...two, roleId: "user" }), "not_permitted");
    }
  });

  it("R19: the last active owner cannot be suspended", () => {
    expectDenied(can(coOwner, "user.suspend", lastAdmin, alone), "last_owner");
  });

  it("R19: the last active owner cannot be deleted", () => {
    expectDenied(can(coOwner, "user.delete", lastAdmin, alone), "last_owner");
  });

  it("R19: with two active owners, one can be demoted, suspended or deleted", () => {
    expect(can(coOwner, "user.changeRole", lastAdmin, { ...two, roleId: "user" })).toEqual({ allowed: true });
    expect(can(coOwner, "user.suspend", lastAdmin, two)).toEqual({ allowed: true });
    expect(can(coOwner, "user.delete", lastAdmin, two)).toEqual({ allowed: true });
  });

  it("R19: moving the last owner to another owner-kind role is not a demotion", () => {
    const roles: RoleDefinition[] = [
      ...rolesWithSupport,
      { id: "co-owner", label: "Co-owner", description: "", kind: "owner", permissions: [] },
    ];
    const context = { ...alone, roles, roleId: "co-owner" };
    expect(can(coOwner, "user.changeRole", lastAdmin, context)).toEqual({ allowed: true });
  });

  it("R19: a suspended owner does not count towards keeping the account owned", () => {
    const users = [
      lastAdmin,
      makeUser({ id: "user-3", roleId: "administrator", status: "suspended" }),
      makeUser({ id: "user-4", roleId: "user" }),
    ];
    const activeOwnerCount = countActiveOwners(users, rolesWithSupport);
    expect(activeOwnerCount).toBe(1);
    const context = { ...alone, activeOwnerCount, roleId: "user" };
    expectDenied(can(coOwner, "user.changeRole", lastAdmin, context), "last_owner");
  });

  it("R19: a suspended owner can be deleted while another owner is active", () => {
    const suspendedAdmin = makeUser({ id: "user-3", roleId: "administrator", status: "suspended" });
    expect(can(coOwner, "user.delete", suspendedAdmin, alone)).toEqual({ allowed: true });
  });
});

describe("status changes", () => {
  it("cannot suspend someone who is not active", () => {
    const suspended = makeUser({ status: "suspended" });
    expectDenied(can(makeViewer(), "user.suspend", suspended, makeContext()), "invalid_state");
  });

  it("cannot reactivate someone who is not suspended", () => {
    expectDenied(can(makeViewer(), "user.reactivate", makeUser(), makeContext()), "invalid_state");
    expectDenied(can(makeViewer(), "user.reactivate", makeUser({ status: "revoked" }), makeContext()), "invalid_state");
  });
});

describe("external users (R22)", () => {
  it("R22: changing an external user's role here needs users.manage", () => {
    const context = makeContext({ roleId: "custom" });
    expectDenied(can(plainUser, "externalUser.update", makeExternalUser(), context), "not_permitted");
    expect(can(makeViewer(), "externalUser.update", makeExternalUser(), context)).toEqual({ allowed: true });
  });

  it("R22: removing an external user's access here needs users.manage", () => {
    expectDenied(can(plainUser, "externalUser.remove", makeExternalUser(), makeContext()), "not_permitted");
    expect(can(makeViewer(), "externalUser.remove", makeExternalUser(), makeContext())).toEqual({ allowed: true });
  });
});

describe("plans (R23) and seats (R1)", () => {
  const freePlan = { id: "free", name: "Free", multiUser: false, seatLimit: 1, upgradePlanName: "Pro" };
  const onFree = makeContext({ account: { plan: freePlan, seatsUsed: 1 } });
  const admin = makeViewer();

  it.each(["invitation.create", "invitation.resend", "invitation.replace"] as const)(
    "R23: %s needs a multi-user plan and names the upgrade",
    (action) => {
      const message = expectDenied(decide(admin, action, onFree), "plan_required");
      expect(message).toBe("Your Free plan does not include multi-user access. Upgrade to Pro to invite people.");
    },
  );

  it("R23: without an upgrade plan the message names only the current plan", () => {
    const plan = { ...freePlan, upgradePlanName: undefined };
    const context = makeContext({ account: { plan, seatsUsed: 1 } });
    const message = expectDenied(can(admin, "invitation.create", undefined, context), "plan_required");
    expect(message).toBe("Your Free plan does not include multi-user access.");
  });

  it("R23: cancelling an invitation and seeing existing data stay allowed on a single-user plan", () => {
    expect(can(admin, "invitation.cancel", makeInvitation(), onFree)).toEqual({ allowed: true });
    expect(can(admin, "invitations.list", undefined, onFree)).toEqual({ allowed: true });
    expect(can(admin, "users.list", undefined, onFree)).toEqual({ allowed: true });
  });

  const seats = (seatsUsed: number, inviteCount?: number) =>
    makeContext({
      account: { plan: { ...unlimitedPlan, seatLimit: 10 }, seatsUsed },
      ...(inviteCount === undefined ? {} : { inviteCount }),
    });

  it("R1: inviting more people than seats left is denied and says how many are left", () => {
    const message = expectDenied(can(admin, "invitation.create", undefined, seats(8, 3)), "seat_limit");
    expect(message).toMatch(/Only 2 of 10 seats are left/);
  });

  it("R1: inviting exactly the seats left is allowed", () => {
    expect(can(admin, "invitation.create", undefined, seats(8, 2))).toEqual({ allowed: true });
  });

  it("R1: one invitation is counted when inviteCount is not given", () => {
    expect(can(admin, "invitation.create", undefined, seats(9))).toEqual({ allowed: true });
    const message = expectDenied(can(admin, "invitation.create", undefined, seats(10)), "seat_limit");
    expect(message).toMatch(/All 10 seats are used/);
  });

  it("R1: an account over its limit (after a downgrade) has no seats left", () => {
    const message = expectDenied(can(admin, "invitation.create", undefined, seats(12)), "seat_limit");
    expect(message).toMatch(/All 10 seats are used/);
  });

  it("R1: a plan without a seat limit accepts any number of invitations", () => {
    const context = makeContext({ account: { plan: unlimitedPlan, seatsUsed: 100_000 }, inviteCount: 500 });
    expect(can(admin, "invitation.create", undefined, context)).toEqual({ allowed: true });
  });
});

describe("a role's own refusals (deniedActions, R9)", () => {
  // A backend whose admins invite and change roles but may not remove anyone or cancel invitations.
  const restricted: RoleDefinition = {
    id: "admin",
    label: "Admin",
    description: "Invites people and changes their roles.",
    kind: "standard",
    permissions: ["users.manage"],
    deniedActions: ["user.delete", "invitation.cancel"],
  };
  const context = makeContext({ roles: [...administratorUserCustomPreset.roles, restricted] });
  const admin = makeViewer({ id: "user-8", roleId: "admin" });

  it("R9: refuses exactly the denied actions, saying the role does not allow them", () => {
    expect(expectDenied(decide(admin, "user.delete", context), "not_permitted")).toBe(
      "Your role (Admin) does not let you delete users.",
    );
    expectDenied(decide(admin, "invitation.cancel", context), "not_permitted");
    for (const action of ["users.list", "user.changeRole", "invitation.create", "invitations.list"] as const) {
      expect(decide(admin, action, context), action).toEqual({ allowed: true });
    }
  });

  it("R9: never stops anyone acting on themselves where the policy lets them", () => {
    const own = { ...restricted, deniedActions: ["user.updateProfile" as const] };
    const self = userFromViewer(admin);
    expect(can(admin, "user.updateProfile", self, makeContext({ roles: [own] }))).toEqual({ allowed: true });
    expect(can(admin, "user.updateProfile", makeUser(), makeContext({ roles: [own] }))).toMatchObject({
      allowed: false,
    });
  });

  it("R9: other roles are unaffected", () => {
    expect(decide(makeViewer(), "user.delete", context)).toEqual({ allowed: true });
  });
});

describe("assertCan", () => {
  const admin = makeViewer();

  const thrown = (run: () => void): unknown => {
    try {
      run();
    } catch (error) {
      return error;
    }
    throw new Error("assertCan did not throw");
  };

  const cases: { reason: DenyReason; code: UserManagementErrorCode; run: () => void }[] = [
    {
      reason: "not_permitted",
      code: "forbidden",
      run: () => assertCan(plainUser, "users.list", undefined, makeContext()),
    },
    {
      reason: "inactive_viewer",
      code: "access_revoked",
      run: () => assertCan(makeViewer({ status: "revoked" }), "users.list", undefined, makeContext()),
    },
    {
      reason: "self_action",
      code: "self_action",
      run: () => assertCan(admin, "user.delete", userFromViewer(admin), makeContext()),
    },
    {
      reason: "last_owner",
      code: "last_owner",
      run: () =>
        assertCan(makeViewer({ id: "user-7" }), "user.delete", makeUser({ roleId: "administrator" }), {
          ...makeContext({ roles: rolesWithSupport }),
          activeOwnerCount: 1,
        }),
    },
    {
      reason: "plan_required",
      code: "plan_required",
      run: () =>
        assertCan(admin, "invitation.create", undefined, {
          ...makeContext(),
          account: { plan: { ...unlimitedPlan, multiUser: false }, seatsUsed: 1 },
        }),
    },
    {
      reason: "seat_limit",
      code: "seat_limit",
      run: () =>
        assertCan(admin, "invitation.create", undefined, {
          ...makeContext(),
          account: { plan: { ...unlimitedPlan, seatLimit: 3 }, seatsUsed: 3 },
        }),
    },
    {
      reason: "invalid_state",
      code: "conflict",
      run: () => assertCan(admin, "user.reactivate", makeUser(), makeContext()),
    },
  ];

  it.each(cases)("throws a UserManagementError with code $code when the reason is $reason", ({ code, run }) => {
    const error = thrown(run);
    expect(isUserManagementError(error, code)).toBe(true);
  });

  it("R10: a suspended viewer is refused with access_suspended, a revoked one with access_revoked", () => {
    const suspended = thrown(() =>
      assertCan(makeViewer({ status: "suspended" }), "users.list", undefined, makeContext()),
    );
    expect(suspended).toMatchObject({
      code: "access_suspended",
      message: "Your access to this account is suspended.",
    });
    const revoked = thrown(() => assertCan(makeViewer({ status: "revoked" }), "users.list", undefined, makeContext()));
    expect(revoked).toMatchObject({ code: "access_revoked", message: "Your access to this account was revoked." });
  });

  it("carries the decision's message", () => {
    const error = thrown(() => assertCan(admin, "user.suspend", userFromViewer(admin), makeContext()));
    expect(error).toMatchObject({ code: "self_action", message: "You cannot suspend yourself." });
  });

  it("returns quietly when the action is allowed", () => {
    expect(() => assertCan(admin, "users.list", undefined, makeContext())).not.toThrow();
  });
});
