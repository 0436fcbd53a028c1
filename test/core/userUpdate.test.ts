import { describe, expect, it } from "vitest";
import { isUserManagementError } from "../../src/core/errors";
import { administratorUserCustomPreset } from "../../src/core/presets";
import { assertCanChangeUser, planUserUpdate } from "../../src/core/userUpdate";
import { makeUser, makeViewer, unlimitedPlan } from "./fixtures";

const roles = administratorUserCustomPreset.roles;
const context = { roles, account: { plan: unlimitedPlan, seatsUsed: 1 }, activeOwnerCount: 2 };

const thrown = (run: () => void) => {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
};

describe("planUserUpdate", () => {
  it("R29: a no-op changes nothing and keeps the version", () => {
    const custom = makeUser({ roleId: "custom", permissions: ["reports.view", "billing.manage"] });
    for (const changes of [{}, { firstName: "Grace" }, { firstName: " Grace " }, { roleId: "custom" }]) {
      const plan = planUserUpdate(custom, changes, roles);
      expect(plan).toMatchObject({ changed: false, fieldErrors: {} });
      expect(plan.user).toBe(custom);
    }
    const reordered = planUserUpdate(custom, { permissions: ["billing.manage", "reports.view"] }, roles);
    expect(reordered.changed).toBe(false);
    expect(planUserUpdate(custom, { lastName: "H" }, roles)).toMatchObject({ changed: true, user: { version: 2 } });
  });

  it("R31: duplicate or too many grants are a field error", () => {
    const custom = makeUser({ roleId: "custom" });
    const twice = planUserUpdate(custom, { permissions: ["reports.view", "reports.view"] }, roles);
    expect(twice.fieldErrors.permissions).toMatch(/once/);
    const many = planUserUpdate(custom, { permissions: Array.from({ length: 101 }, (_, i) => `p${i}`) }, roles);
    expect(many.fieldErrors.permissions).toMatch(/at most 100/);
  });

  it("R2, R25: trims names and email, keeps the email as typed, and moves to the next version", () => {
    const { user, fieldErrors } = planUserUpdate(
      makeUser(),
      { firstName: "  Grace ", email: " Grace.Hopper@Example.com " },
      roles,
    );
    expect(fieldErrors).toEqual({});
    expect(user).toMatchObject({ firstName: "Grace", email: "Grace.Hopper@Example.com", version: 2 });
  });

  it("R5: leaving the custom role drops the one-by-one grants", () => {
    const custom = makeUser({ roleId: "custom", permissions: ["reports.view"] });
    expect(planUserUpdate(custom, { roleId: "user" }, roles).user.permissions).toEqual([]);
    expect(planUserUpdate(custom, { firstName: "G" }, roles).user.permissions).toEqual(["reports.view"]);
  });

  it("R5: grants with a role that is not custom are a field error", () => {
    const { fieldErrors } = planUserUpdate(makeUser(), { permissions: ["reports.view"] }, roles);
    expect(fieldErrors).toHaveProperty("permissions");
  });

  it("names every invalid field", () => {
    const { fieldErrors } = planUserUpdate(makeUser(), { email: "nope", roleId: "emperor" }, roles);
    expect(Object.keys(fieldErrors).sort()).toEqual(["email", "roleId"]);
  });
});

describe("assertCanChangeUser", () => {
  it("R8: anyone edits their own profile", () => {
    const self = makeViewer({ id: "user-2", roleId: "user" });
    expect(() => assertCanChangeUser(self, makeUser(), { lastName: "Hopper-Smith" }, context)).not.toThrow();
  });

  it("R5: a plain user cannot change their own role or grants", () => {
    const self = makeViewer({ id: "user-2", roleId: "user" });
    const role = thrown(() => assertCanChangeUser(self, makeUser(), { roleId: "administrator" }, context));
    expect(isUserManagementError(role, "forbidden")).toBe(true);
    const grants = thrown(() => assertCanChangeUser(self, makeUser(), { permissions: [] }, context));
    expect(isUserManagementError(grants, "forbidden")).toBe(true);
  });

  it("R29: a role in the request is decided on the request, even when it equals the current one", () => {
    const self = makeViewer({ id: "user-2", roleId: "user" });
    const error = thrown(() => assertCanChangeUser(self, makeUser(), { roleId: "user", firstName: "Grace" }, context));
    expect(isUserManagementError(error, "forbidden")).toBe(true);
  });

  it("R29: an empty or no-op update of someone else needs the right to edit them", () => {
    const plain = makeViewer({ id: "user-3", roleId: "user" });
    for (const changes of [{}, { firstName: "Grace" }]) {
      const error = thrown(() => assertCanChangeUser(plain, makeUser(), changes, context));
      expect(isUserManagementError(error, "forbidden")).toBe(true);
    }
    expect(() => assertCanChangeUser(makeViewer(), makeUser(), {}, context)).not.toThrow();
  });

  it("R19: the last active owner cannot be given another role", () => {
    const owner = makeUser({ roleId: "administrator" });
    const error = thrown(() =>
      assertCanChangeUser(makeViewer(), owner, { roleId: "user" }, { ...context, activeOwnerCount: 1 }),
    );
    expect(isUserManagementError(error, "last_owner")).toBe(true);
  });
});
