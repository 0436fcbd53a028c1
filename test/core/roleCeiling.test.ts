import { describe, expect, it } from "vitest";
import { can, type Decision, missingRecordError } from "../../src/core/can";
import { administratorUserCustomPreset } from "../../src/core/presets";
import { withinRoleCeiling } from "../../src/core/roles";
import type { RoleDefinition } from "../../src/core/types";
import { makeContext, makeExternalUser, makeInvitation, makeUser, makeViewer, userFromViewer } from "./fixtures";

/*
 * R27: nobody gives a role or a permission they do not hold, nobody changes their own role or
 * grants, and only an owner-kind holder gives, changes or takes away an owner-kind role.
 */

// A model where a non-owner manages users: `admin` holds everything but the owner's kind.
const roles: RoleDefinition[] = [
  { id: "owner", label: "Owner", description: "", kind: "owner", permissions: [] },
  {
    id: "admin",
    label: "Admin",
    description: "",
    kind: "standard",
    permissions: ["users.manage", "reports.view", "billing.manage"],
  },
  { id: "helpdesk", label: "Helpdesk", description: "", kind: "standard", permissions: ["users.manage"] },
  { id: "member", label: "Member", description: "", kind: "standard", permissions: ["reports.view"] },
  {
    id: "custom",
    label: "Custom",
    description: "",
    kind: "custom",
    permissions: [],
    grantablePermissions: ["reports.view", "billing.manage"],
  },
];
const context = makeContext({ roles, activeOwnerCount: 2 });
const owner = makeViewer({ id: "owner-1", roleId: "owner" });
const admin = makeViewer({ id: "admin-1", roleId: "admin" });
const helpdesk = makeViewer({ id: "help-1", roleId: "helpdesk" });
const member = makeUser({ id: "member-1", roleId: "member" });
const ownerUser = makeUser({ id: "owner-2", roleId: "owner" });

const allowed: Decision = { allowed: true };
const reason = (decision: Decision) => (decision.allowed ? "allowed" : decision.reason);

describe("R27: the role-assignment ceiling", () => {
  it("R27: only an owner gives the owner role, to a user, an invitee or an external user", () => {
    const toOwner = { ...context, roleId: "owner" };
    expect(reason(can(admin, "user.changeRole", member, toOwner))).toBe("not_permitted");
    expect(reason(can(admin, "invitation.create", undefined, toOwner))).toBe("not_permitted");
    expect(reason(can(admin, "invitation.replace", makeInvitation({ roleId: "member" }), toOwner))).toBe(
      "not_permitted",
    );
    expect(reason(can(admin, "externalUser.update", makeExternalUser({ roleId: "member" }), toOwner))).toBe(
      "not_permitted",
    );
    expect(can(owner, "user.changeRole", member, toOwner)).toEqual(allowed);
    expect(can(owner, "invitation.create", undefined, toOwner)).toEqual(allowed);
  });

  it("R27: only an owner changes or takes away an owner's role", () => {
    const decision = can(admin, "user.changeRole", ownerUser, { ...context, roleId: "member" });
    expect(decision).toMatchObject({
      allowed: false,
      reason: "not_permitted",
      message: expect.stringMatching(/owner/),
    });
    // Asked without a new role ("may I change this person's role at all?"), the answer is the same.
    expect(reason(can(admin, "user.changeRole", ownerUser, context))).toBe("not_permitted");
    expect(can(owner, "user.changeRole", ownerUser, { ...context, roleId: "member" })).toEqual(allowed);
  });

  it("R27: only an owner manages an owner: edit, password, suspend, reactivate, delete, re-invite, remove", () => {
    const suspendedOwner = makeUser({ id: "owner-3", roleId: "owner", status: "suspended" });
    const ownerInvite = makeInvitation({ roleId: "owner" });
    const ownerExternal = makeExternalUser({ roleId: "owner" });
    const attempts = [
      can(admin, "user.updateProfile", ownerUser, context),
      can(admin, "user.changePassword", ownerUser, context),
      can(admin, "user.suspend", ownerUser, context),
      can(admin, "user.delete", ownerUser, context),
      can(admin, "user.reactivate", suspendedOwner, context),
      can(admin, "invitation.cancel", ownerInvite, context),
      can(admin, "invitation.resend", ownerInvite, context),
      can(admin, "externalUser.remove", ownerExternal, context),
    ];
    for (const decision of attempts) {
      expect(decision).toMatchObject({
        allowed: false,
        reason: "not_permitted",
        message: expect.stringMatching(/owner/),
      });
    }
    expect(can(admin, "user.view", ownerUser, context)).toEqual(allowed);
    expect(can(owner, "user.suspend", ownerUser, context)).toEqual(allowed);
    expect(can(owner, "user.changePassword", ownerUser, context)).toEqual(allowed);
    expect(can(admin, "user.suspend", member, context)).toEqual(allowed);
  });

  it("R27: a role carrying a permission the viewer lacks is above their ceiling", () => {
    expect(reason(can(helpdesk, "user.changeRole", member, { ...context, roleId: "member" }))).toBe("not_permitted");
    expect(reason(can(helpdesk, "invitation.create", undefined, { ...context, roleId: "admin" }))).toBe(
      "not_permitted",
    );
    expect(can(admin, "user.changeRole", member, { ...context, roleId: "helpdesk" })).toEqual(allowed);
    expect(can(helpdesk, "invitation.create", undefined, { ...context, roleId: "custom" })).toEqual(allowed);
  });

  it("R27: grants are within the ceiling only when the viewer holds each one", () => {
    const custom = makeUser({ id: "custom-1", roleId: "custom" });
    const grant = (permissions: string[]) => ({ ...context, roleId: "custom", permissions });
    expect(reason(can(helpdesk, "user.updatePermissions", custom, grant(["reports.view"])))).toBe("not_permitted");
    expect(can(admin, "user.updatePermissions", custom, grant(["reports.view", "billing.manage"]))).toEqual(allowed);
    expect(reason(can(helpdesk, "invitation.create", undefined, grant(["billing.manage"])))).toBe("not_permitted");
  });

  it("R27: resending an invitation gives its role again, so it obeys the ceiling too", () => {
    const adminInvite = makeInvitation({ roleId: "admin" });
    expect(reason(can(helpdesk, "invitation.resend", adminInvite, context))).toBe("not_permitted");
    expect(can(admin, "invitation.resend", adminInvite, context)).toEqual(allowed);
  });

  it("R27: nobody changes their own role or grants, owners included", () => {
    const ownSelf = userFromViewer(owner);
    expect(reason(can(owner, "user.changeRole", ownSelf, { ...context, roleId: "admin" }))).toBe("self_action");
    expect(reason(can(admin, "user.changeRole", userFromViewer(admin), { ...context, roleId: "owner" }))).toBe(
      "self_action",
    );
    const custom = makeViewer({ id: "custom-9", roleId: "custom", permissions: ["users.manage"] });
    expect(reason(can(custom, "user.updatePermissions", userFromViewer(custom), context))).not.toBe("allowed");
    const external = makeViewer({ id: "ext-1", roleId: "admin", isExternal: true });
    const asExternal = makeExternalUser({ id: "ext-1", roleId: "admin" });
    expect(reason(can(external, "externalUser.update", asExternal, { ...context, roleId: "member" }))).toBe(
      "self_action",
    );
  });

  it("R27: withinRoleCeiling ignores grants a role cannot carry, and an unknown role carries nothing", () => {
    expect(withinRoleCeiling(helpdesk, { roleId: "helpdesk", permissions: ["billing.manage"] }, roles)).toBe(true);
    expect(withinRoleCeiling(helpdesk, { roleId: "nope", permissions: [] }, roles)).toBe(true);
    expect(withinRoleCeiling(helpdesk, { roleId: "owner", permissions: [] }, roles)).toBe(false);
  });

  it("R27: in the administrator preset, administrators are owners and give every role", () => {
    const presetContext = makeContext({ roles: administratorUserCustomPreset.roles, activeOwnerCount: 2 });
    for (const role of administratorUserCustomPreset.roles) {
      expect(can(makeViewer(), "user.changeRole", makeUser(), { ...presetContext, roleId: role.id })).toEqual(allowed);
    }
  });
});

describe("R1: seats for invitations made pending again", () => {
  const full = makeContext({ account: { plan: { ...context.account.plan, seatLimit: 5 }, seatsUsed: 5 } });

  it("R1: resending or replacing an expired invitation needs a free seat", () => {
    const expired = makeInvitation({ status: "expired" });
    expect(reason(can(makeViewer(), "invitation.resend", expired, full))).toBe("seat_limit");
    expect(reason(can(makeViewer(), "invitation.replace", expired, full))).toBe("seat_limit");
  });

  it("R1: a pending invitation already holds its seat", () => {
    const pending = makeInvitation({ status: "pending" });
    expect(can(makeViewer(), "invitation.resend", pending, full)).toEqual(allowed);
    expect(can(makeViewer(), "invitation.replace", pending, full)).toEqual(allowed);
  });
});

describe("R29: answers for a missing record", () => {
  it("R29: a manager learns the record is missing; anyone else gets the refusal an existing one gives", () => {
    const missing = missingRecordError(admin, "user.updateProfile", context, "user", "nobody");
    expect(missing.code).toBe("not_found");
    const plain = makeViewer({ id: "member-1", roleId: "member" });
    const refused = missingRecordError(plain, "user.updateProfile", context, "user", "nobody");
    const existing = can(plain, "user.updateProfile", makeUser({ id: "someone" }), context);
    expect(refused.code).toBe("forbidden");
    expect(existing).toMatchObject({ allowed: false, message: refused.message });
  });
});
