import { describe, expect, it } from "vitest";
import { UserManagementError } from "../../src/core/errors";
import { createTestAdapter } from "../../src/testing";
import { ConformanceSkip } from "../../src/testing/conformance/conformanceSkip";
import { translatingAdapter } from "../../src/testing/conformance/translatingAdapter";
import { createTranslation, type TranslationSetup } from "../../src/testing/conformance/translation";

const setup = (overrides: Partial<TranslationSetup> = {}): TranslationSetup => ({
  ids: { "admin-1": "org_a1", "user-1": "org_u1" },
  roles: { administrator: "owner", user: "member", owner: "owner", manager: "member", custom: null },
  loadedRoleIds: ["administrator", "user"],
  leftOut: new Map(),
  timeShift: () => 0,
  raise: (reason) => {
    throw new ConformanceSkip(reason);
  },
  ...overrides,
});

describe("conformance suite: the translation between the fixture's names and the backend's", () => {
  it("maps fixture ids and role ids in params to the backend's; unknown ids pass through", () => {
    const translation = createTranslation(setup());
    expect(translation.paramsIn({ id: "user-1", version: 1, changes: { roleId: "administrator" } })).toEqual({
      id: "org_u1",
      version: 1,
      changes: { roleId: "owner" },
    });
    expect(translation.paramsIn({ page: 1, pageSize: 9, roleIds: ["user"] })).toEqual({
      page: 1,
      pageSize: 9,
      roleIds: ["member"],
    });
    expect(translation.paramsIn({ id: "no-such-user" })).toEqual({ id: "no-such-user" });
  });

  it("keeps an AbortSignal as it is", () => {
    const signal = AbortSignal.abort();
    expect(createTranslation(setup()).paramsIn({ id: "user-1", signal }).signal).toBe(signal);
  });

  it("maps results back: record ids, nested ids, role ids and the role model", () => {
    const translation = createTranslation(setup());
    expect(
      translation.resultOut({
        viewer: { id: "org_a1", roleId: "owner" },
        invitation: { id: "inv_new", invitedBy: { id: "org_a1", name: "Ada" }, roleId: "member" },
      }),
    ).toEqual({
      viewer: { id: "admin-1", roleId: "administrator" },
      invitation: { id: "inv_new", invitedBy: { id: "admin-1", name: "Ada" }, roleId: "user" },
    });
    expect(
      translation.resultOut({ roles: [{ id: "owner" }, { id: "member" }], permissions: [], defaultRoleId: "member" }),
    ).toEqual({ roles: [{ id: "administrator" }, { id: "user" }], permissions: [], defaultRoleId: "user" });
  });

  it("maps a backend role back to the loaded model's role, though two presets share it", () => {
    const ownerModel = createTranslation(setup({ loadedRoleIds: ["owner", "manager"] }));
    expect(ownerModel.resultOut({ roleId: "member" })).toEqual({ roleId: "manager" });
    expect(createTranslation(setup()).resultOut({ roleId: "member" })).toEqual({ roleId: "user" });
  });

  it("moves the backend's dates forward by the time the suite moved", () => {
    const translation = createTranslation(setup({ timeShift: () => 1000 }));
    expect(translation.resultOut({ sentAt: "2026-01-15T09:00:00.000Z", email: "a@b.c" })).toEqual({
      sentAt: "2026-01-15T09:00:01.000Z",
      email: "a@b.c",
    });
  });

  it("skips on a left-out record or a role the backend lacks", () => {
    const translation = createTranslation(setup({ leftOut: new Map([["custom-1", "custom-1 is not loaded"]]) }));
    expect(() => translation.paramsIn({ id: "custom-1" })).toThrow(ConformanceSkip);
    expect(() => translation.paramsIn({ roleId: "custom" })).toThrow(/"custom" has no counterpart/);
  });

  it("R25: translates a conflict's current record too, and keeps absent methods absent", async () => {
    const backend = createTestAdapter({
      updateUser: () =>
        Promise.reject(new UserManagementError("conflict", "stale", { current: { id: "org_u1", roleId: "member" } })),
    });
    const adapter = translatingAdapter(backend, createTranslation(setup()), () => Promise.resolve());
    const error = await adapter
      .updateUser({ id: "user-1", version: 1, changes: {} })
      .catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(UserManagementError);
    expect((error as UserManagementError).current).toEqual({ id: "user-1", roleId: "user" });
    expect(adapter.suspendUser).toBeUndefined();
  });
});
