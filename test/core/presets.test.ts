import { describe, expect, it } from "vitest";
import { can, type PolicyContext } from "../../src/core/can";
import { PERMISSIONS } from "../../src/core/permissions";
import {
  accountHolderMemberPreset,
  administratorUserCustomPreset,
  ownerManagerPreset,
  rolePresets,
} from "../../src/core/presets";
import { hasPermission } from "../../src/core/roles";
import type { RoleModel } from "../../src/core/types";
import { makeContext, makeUser, makeViewer } from "./fixtures";

const contextFor = (model: RoleModel, overrides: Partial<PolicyContext> = {}) =>
  makeContext({ roles: model.roles, ...overrides });

/** For each preset: the role that manages users and those that do not (R5, R6, R7). */
const managerRoles = [
  { name: "administrator-user-custom", model: administratorUserCustomPreset, manager: "administrator" },
  { name: "owner-manager", model: ownerManagerPreset, manager: "owner" },
  { name: "account-holder-member", model: accountHolderMemberPreset, manager: "holder" },
] as const;
const nonManagerRoles = [
  { rule: "R5", model: administratorUserCustomPreset, roleId: "user" },
  { rule: "R5", model: administratorUserCustomPreset, roleId: "custom" },
  { rule: "R6", model: ownerManagerPreset, roleId: "manager" },
  { rule: "R7", model: accountHolderMemberPreset, roleId: "member" },
] as const;

describe("every preset", () => {
  it.each(Object.entries(rolePresets))("%s is well formed", (_name, model) => {
    const catalog = model.permissions.map((p) => p.id);
    expect(catalog).toContain(PERMISSIONS.manageUsers);
    expect(model.roles.map((r) => r.id)).toContain(model.defaultRoleId);
    expect(model.roles.filter((r) => r.kind === "owner")).toHaveLength(1);
    for (const role of model.roles) {
      expect(catalog).toEqual(expect.arrayContaining([...role.permissions, ...(role.grantablePermissions ?? [])]));
    }
  });

  it("the default role of the invite form does not manage users", () => {
    for (const model of Object.values(rolePresets)) {
      expect(
        hasPermission({ roleId: model.defaultRoleId, permissions: [] }, PERMISSIONS.manageUsers, model.roles),
      ).toBe(false);
    }
  });

  it.each(managerRoles)("R5, R6, R7: in $name, the $manager lists, invites and edits users", ({ model, manager }) => {
    const viewer = makeViewer({ roleId: manager });
    const context = contextFor(model);
    expect(can(viewer, "users.list", undefined, context)).toEqual({ allowed: true });
    expect(can(viewer, "invitation.create", undefined, context)).toEqual({ allowed: true });
    expect(can(viewer, "user.updateProfile", makeUser({ roleId: model.defaultRoleId }), context)).toEqual({
      allowed: true,
    });
  });

  it.each(nonManagerRoles)("$rule: the $roleId role cannot list, invite or edit others", ({ model, roleId }) => {
    const viewer = makeViewer({ roleId });
    const context = contextFor(model);
    expect(can(viewer, "users.list", undefined, context)).toMatchObject({ reason: "not_permitted" });
    expect(can(viewer, "invitation.create", undefined, context)).toMatchObject({ reason: "not_permitted" });
    expect(can(viewer, "user.delete", makeUser(), context)).toMatchObject({ reason: "not_permitted" });
  });
});

describe("administrator / user / custom (R5)", () => {
  const model = administratorUserCustomPreset;
  const context = contextFor(model);
  const features = model.permissions
    .map((p) => p.id)
    .filter((id) => id !== PERMISSIONS.manageUsers && id !== PERMISSIONS.createApiTokens);

  it("R5: users have every feature except managing users and API tokens", () => {
    const user = { roleId: "user", permissions: [] };
    for (const id of features) expect(hasPermission(user, id, model.roles)).toBe(true);
    expect(hasPermission(user, PERMISSIONS.manageUsers, model.roles)).toBe(false);
    expect(hasPermission(user, PERMISSIONS.createApiTokens, model.roles)).toBe(false);
  });

  it("R5: custom users have the basic permissions plus those granted one by one", () => {
    const custom = { roleId: "custom", permissions: ["campaigns.send", "reports.view"] };
    const granted = features.filter((id) => hasPermission(custom, id, model.roles));
    expect(granted.sort()).toEqual(["campaigns.send", "dashboard.view", "profile.edit", "reports.view"]);
  });

  it("R5: every feature but the basic ones may be granted to a custom user, nothing reserved", () => {
    const custom = model.roles.find((r) => r.id === "custom");
    expect(custom?.grantablePermissions).not.toContain(PERMISSIONS.manageUsers);
    expect(custom?.grantablePermissions).not.toContain(PERMISSIONS.createApiTokens);
    expect([...(custom?.permissions ?? []), ...(custom?.grantablePermissions ?? [])].sort()).toEqual(
      [...features].sort(),
    );
  });

  it("R5: only administrators create API tokens", () => {
    expect(can(makeViewer(), "apiTokens.create", undefined, context)).toEqual({ allowed: true });
    for (const viewer of [
      makeViewer({ roleId: "user" }),
      makeViewer({ roleId: "custom", permissions: ["campaigns.send"] }),
      makeViewer({ roleId: "custom", permissions: [PERMISSIONS.createApiTokens] }),
    ]) {
      expect(can(viewer, "apiTokens.create", undefined, context)).toEqual({
        allowed: false,
        reason: "not_permitted",
        message: "Only administrators can create API tokens.",
      });
    }
  });

  it("R5: a custom user carrying a users.manage grant still cannot manage users", () => {
    const viewer = makeViewer({ roleId: "custom", permissions: [PERMISSIONS.manageUsers] });
    expect(can(viewer, "users.list", undefined, context)).toMatchObject({ reason: "not_permitted" });
  });
});

describe("owner / manager (R6)", () => {
  const model = ownerManagerPreset;

  it("R6: owners edit other owners too", () => {
    const viewer = makeViewer({ roleId: "owner" });
    const otherOwner = makeUser({ roleId: "owner" });
    const context = contextFor(model, { activeOwnerCount: 2 });
    expect(can(viewer, "user.updateProfile", otherOwner, context)).toEqual({ allowed: true });
    expect(can(viewer, "user.changeRole", otherOwner, { ...context, roleId: "manager" })).toEqual({ allowed: true });
  });

  it("R6: managers have full access to the product without inviting or editing users", () => {
    const manager = { roleId: "manager", permissions: [] };
    for (const { id } of model.permissions) {
      expect(hasPermission(manager, id, model.roles)).toBe(id !== PERMISSIONS.manageUsers);
    }
  });
});

describe("account holder / member (R7)", () => {
  const model = accountHolderMemberPreset;
  const context = contextFor(model);

  it("R7: members cannot change or delete the account", () => {
    const member = makeViewer({ roleId: "member" });
    expect(can(member, "account.update", undefined, context)).toMatchObject({ reason: "not_permitted" });
    expect(can(member, "account.delete", undefined, context)).toMatchObject({ reason: "not_permitted" });
  });

  it("R7: the holder changes and deletes the account", () => {
    const holder = makeViewer({ roleId: "holder" });
    expect(can(holder, "account.update", undefined, context)).toEqual({ allowed: true });
    expect(can(holder, "account.delete", undefined, context)).toEqual({ allowed: true });
  });

  it("R7: members keep every other ability of the holder", () => {
    const member = { roleId: "member", permissions: [] };
    expect(hasPermission(member, "projects.manage", model.roles)).toBe(true);
    expect(hasPermission(member, "reports.view", model.roles)).toBe(true);
  });
});
