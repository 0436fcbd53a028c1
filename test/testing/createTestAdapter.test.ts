import { describe, expect, it } from "vitest";
import { getAdapterCapabilities } from "../../src/adapter/contract";
import { isUserManagementError } from "../../src/core/errors";
import { createTestAdapter } from "../../src/testing";

describe("createTestAdapter", () => {
  it("rejects every required method left out with not_implemented, naming the method", async () => {
    const adapter = createTestAdapter();
    const error = await adapter.listUsers({ page: 1, pageSize: 10 }).catch((caught: unknown) => caught);
    expect(isUserManagementError(error, "not_implemented")).toBe(true);
    expect((error as Error).message).toBe("createTestAdapter: listUsers is not implemented; pass it in overrides");
    await expect(adapter.cancelInvitation({ id: "x" })).rejects.toThrow(/cancelInvitation is not implemented/);
    await expect(adapter.getSession({})).rejects.toThrow(/getSession is not implemented/);
  });

  it("uses the overrides given", async () => {
    const adapter = createTestAdapter({ listUsers: async () => ({ users: [], total: 42 }) });
    await expect(adapter.listUsers({ page: 1, pageSize: 10 })).resolves.toEqual({ users: [], total: 42 });
    await expect(adapter.getUser({ id: "user-1" })).rejects.toThrow(/getUser is not implemented/);
  });

  it("leaves optional methods out unless overridden, so capabilities reflect the overrides", () => {
    expect(getAdapterCapabilities(createTestAdapter())).toEqual({
      suspendUsers: false,
      changePassword: false,
      replaceInvitation: false,
      acceptInvitation: false,
      externalUsers: false,
      editOtherProfiles: true,
      changeEmail: true,
    });
    const adapter = createTestAdapter({ changePassword: async () => undefined });
    expect(adapter.suspendUser).toBeUndefined();
    expect(getAdapterCapabilities(adapter)).toMatchObject({ changePassword: true, suspendUsers: false });
  });

  it("treats an override of undefined as absent", async () => {
    const adapter = createTestAdapter({ listUsers: undefined, acceptInvitation: undefined });
    await expect(adapter.listUsers({ page: 1, pageSize: 10 })).rejects.toThrow(/listUsers is not implemented/);
    expect("acceptInvitation" in adapter).toBe(false);
  });
});
