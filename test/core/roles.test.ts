import { describe, expect, it } from "vitest";
import { PERMISSIONS } from "../../src/core/permissions";
import { administratorUserCustomPreset, ownerManagerPreset } from "../../src/core/presets";
import { countActiveOwners, findRole, hasPermission, isOwnerRole } from "../../src/core/roles";
import type { RoleDefinition } from "../../src/core/types";
import { makeUser } from "./fixtures";

const roles = administratorUserCustomPreset.roles;

describe("findRole and isOwnerRole", () => {
  it("finds a role by id and returns undefined for an unknown one", () => {
    expect(findRole(roles, "custom")?.label).toBe("Custom");
    expect(findRole(roles, "nobody")).toBeUndefined();
  });

  it("R19: recognises the owner-kind role whatever its id", () => {
    expect(isOwnerRole(roles, "administrator")).toBe(true);
    expect(isOwnerRole(ownerManagerPreset.roles, "owner")).toBe(true);
    expect(isOwnerRole(roles, "user")).toBe(false);
    expect(isOwnerRole(roles, "nobody")).toBe(false);
  });
});

describe("hasPermission", () => {
  it("R5: an owner-kind role has every permission, even ones outside the catalog", () => {
    const admin = { roleId: "administrator", permissions: [] };
    expect(hasPermission(admin, PERMISSIONS.manageUsers, roles)).toBe(true);
    expect(hasPermission(admin, "anything.else", roles)).toBe(true);
  });

  it("a holder of an unknown role has no permission at all", () => {
    expect(hasPermission({ roleId: "ghost", permissions: [PERMISSIONS.manageUsers] }, "dashboard.view", roles)).toBe(
      false,
    );
  });

  it("R5: a standard role has exactly its list; per-user grants are ignored", () => {
    const user = { roleId: "user", permissions: [PERMISSIONS.manageUsers] };
    expect(hasPermission(user, "campaigns.send", roles)).toBe(true);
    expect(hasPermission(user, PERMISSIONS.manageUsers, roles)).toBe(false);
  });

  it("R5: a custom role has its basic permissions plus the holder's own grants", () => {
    const granted = { roleId: "custom", permissions: ["campaigns.send"] };
    const plain = { roleId: "custom", permissions: [] };
    expect(hasPermission(plain, "dashboard.view", roles)).toBe(true);
    expect(hasPermission(plain, "campaigns.send", roles)).toBe(false);
    expect(hasPermission(granted, "campaigns.send", roles)).toBe(true);
    expect(hasPermission(granted, "contacts.export", roles)).toBe(false);
  });

  it("R5: a grant outside the custom role's grantable list gives nothing", () => {
    const escalated = { roleId: "custom", permissions: [PERMISSIONS.manageUsers, PERMISSIONS.createApiTokens] };
    expect(hasPermission(escalated, PERMISSIONS.manageUsers, roles)).toBe(false);
    expect(hasPermission(escalated, PERMISSIONS.createApiTokens, roles)).toBe(false);
  });

  it("R5: a custom role without a grantable list accepts no grants", () => {
    const bare: RoleDefinition[] = [
      { id: "custom", label: "Custom", description: "", kind: "custom", permissions: ["dashboard.view"] },
    ];
    const holder = { roleId: "custom", permissions: ["reports.view"] };
    expect(hasPermission(holder, "dashboard.view", bare)).toBe(true);
    expect(hasPermission(holder, "reports.view", bare)).toBe(false);
  });
});

describe("countActiveOwners", () => {
  it("R19: counts only active users holding an owner-kind role", () => {
    const users = [
      makeUser({ id: "a", roleId: "administrator" }),
      makeUser({ id: "b", roleId: "administrator" }),
      makeUser({ id: "c", roleId: "administrator", status: "suspended" }),
      makeUser({ id: "d", roleId: "administrator", status: "revoked" }),
      makeUser({ id: "e", roleId: "user" }),
      makeUser({ id: "f", roleId: "ghost" }),
    ];
    expect(countActiveOwners(users, roles)).toBe(2);
  });

  it("R19: an account of suspended owners has no active owner", () => {
    expect(countActiveOwners([makeUser({ roleId: "administrator", status: "suspended" })], roles)).toBe(0);
    expect(countActiveOwners([], roles)).toBe(0);
  });

  it("accepts any iterable, such as a Map's values", () => {
    const byId = new Map([["a", makeUser({ roleId: "administrator" })]]);
    expect(countActiveOwners(byId.values(), roles)).toBe(1);
  });
});
