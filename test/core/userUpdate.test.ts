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

  it("unchanged values are no change: sending the current role needs no right to change roles", () => {
    const self = makeViewer({ id: "user-2", roleId: "user" });
    expect(() => assertCanChangeUser(self, makeUser(), { roleId: "user", firstName: "Grace" }, context)).not.toThrow();
  });

  it("R19: the last active owner cannot be given another role", () => {
    const owner = makeUser({ roleId: "administrator" });
    const error = thrown(() =>
      assertCanChangeUser(makeViewer(), owner, { roleId: "user" }, { ...context, activeOwnerCount: 1, roleId: "user" }),
    );
    expect(isUserManagementError(error, "last_owner")).toBe(true);
  });
});
