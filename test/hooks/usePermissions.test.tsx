import { waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import type { ListUsersResult } from "../../src/adapter/contract";
import { createMemoryAdapter } from "../../src/adapters/memory";
import { usePermissions } from "../../src/hooks/usePermissions";
import { makeUser, makeViewer } from "../core/fixtures";
import { deferred, pageOf, renderWithAdapter, sessionFor, stubAdapter } from "./harness";

const plainUser = makeViewer({ id: "user-2", roleId: "user" });

describe("usePermissions", () => {
  it("R8: denies a plain user the user list with not_permitted, and never asks to count owners", async () => {
    const listUsers = vi.fn(async () => pageOf([]));
    const adapter = stubAdapter({ getSession: async () => sessionFor(plainUser), listUsers });
    const { result } = renderWithAdapter(() => usePermissions(), adapter);
    await waitFor(() => expect(result.current.isPending).toBe(false));

    const decision = result.current.can("users.list");
    expect(decision).toMatchObject({ allowed: false, reason: "not_permitted" });
    expect(decision.allowed ? "" : decision.message).toMatch(/manage users/);
    expect(result.current.managesUsers).toBe(false);
    expect(listUsers).not.toHaveBeenCalled();
  });

  it("R8: a plain user may still edit their own profile (R16)", async () => {
    const adapter = stubAdapter({ getSession: async () => sessionFor(plainUser) });
    const { result } = renderWithAdapter(() => usePermissions(), adapter);
    await waitFor(() => expect(result.current.isPending).toBe(false));

    expect(result.current.can("user.updateProfile", makeUser({ id: "user-2" })).allowed).toBe(true);
    expect(result.current.can("user.updateProfile", makeUser({ id: "user-3" })).allowed).toBe(false);
  });

  it("R5: allows an administrator the user list, and gives the role model and catalog", async () => {
    const adapter = stubAdapter({ listUsers: async () => pageOf([], 2) });
    const { result } = renderWithAdapter(() => usePermissions(), adapter);
    await waitFor(() => expect(result.current.isPending).toBe(false));

    expect(result.current.can("users.list")).toEqual({ allowed: true });
    expect(result.current.viewer?.id).toBe("user-1");
    expect(result.current.roles.map((role) => role.id)).toEqual(["administrator", "user", "custom"]);
    expect(result.current.permissions.some((permission) => permission.id === "users.manage")).toBe(true);
    expect(result.current.defaultRoleId).toBe("user");
  });

  it("R19: counts active owners with one cheap listUsers call, and refuses to suspend the last one", async () => {
    const listUsers = vi.fn(async (): Promise<ListUsersResult> => pageOf([makeUser({ id: "user-1" })], 1));
    const { result } = renderWithAdapter(() => usePermissions(), stubAdapter({ listUsers }));
    await waitFor(() => expect(result.current.isPending).toBe(false));

    expect(listUsers).toHaveBeenCalledWith({
      page: 1,
      pageSize: 1,
      roleIds: ["administrator"],
      statuses: ["active"],
      signal: expect.any(AbortSignal),
    });
    expect(result.current.activeOwnerCount).toBe(1);
    const otherAdmin = makeUser({ id: "user-3", roleId: "administrator" });
    expect(result.current.can("user.suspend", otherAdmin)).toMatchObject({ allowed: false, reason: "last_owner" });
  });

  it("R19: with a second active owner, suspending one is allowed; demoting passes the new role", async () => {
    const { result } = renderWithAdapter(() => usePermissions(), stubAdapter({ listUsers: async () => pageOf([], 2) }));
    await waitFor(() => expect(result.current.activeOwnerCount).toBe(2));

    const otherAdmin = makeUser({ id: "user-3", roleId: "administrator" });
    expect(result.current.can("user.suspend", otherAdmin)).toEqual({ allowed: true });
    expect(result.current.can("user.changeRole", otherAdmin, { roleId: "user" })).toEqual({ allowed: true });
  });

  it("R18: nobody can suspend themself", async () => {
    const { result } = renderWithAdapter(() => usePermissions(), stubAdapter({ listUsers: async () => pageOf([], 2) }));
    await waitFor(() => expect(result.current.isPending).toBe(false));

    const self = makeUser({ id: "user-1", roleId: "administrator" });
    expect(result.current.can("user.suspend", self)).toMatchObject({ allowed: false, reason: "self_action" });
  });

  it("denies everything while permissions load, saying so", async () => {
    const session = deferred<ReturnType<typeof sessionFor>>();
    const adapter = stubAdapter({ getSession: () => session.promise, listUsers: async () => pageOf([], 2) });
    const { result } = renderWithAdapter(() => usePermissions(), adapter);

    expect(result.current.isPending).toBe(true);
    expect(result.current.can("users.list")).toEqual({
      allowed: false,
      reason: "not_permitted",
      message: "Permissions are still loading.",
    });

    session.resolve(sessionFor());
    await waitFor(() => expect(result.current.can("users.list").allowed).toBe(true));
  });

  it("R1: refuses an invite past the seat limit, counting the invitations asked for", async () => {
    const session = sessionFor();
    session.account = { ...session.account, seatsUsed: 4, plan: { ...session.account.plan, seatLimit: 5 } };
    const adapter = stubAdapter({ getSession: async () => session, listUsers: async () => pageOf([], 1) });
    const { result } = renderWithAdapter(() => usePermissions(), adapter);
    await waitFor(() => expect(result.current.isPending).toBe(false));

    expect(result.current.can("invitation.create").allowed).toBe(true);
    expect(result.current.can("invitation.create", undefined, { inviteCount: 2 })).toMatchObject({
      allowed: false,
      reason: "seat_limit",
    });
  });

  it("reports the adapter's capabilities: its methods, and nothing before the declarations load", async () => {
    const bare = renderWithAdapter(() => usePermissions(), stubAdapter());
    await waitFor(() => expect(bare.result.current.capabilities.editOtherProfiles).toBe(true));
    expect(bare.result.current.capabilities).toEqual({
      suspendUsers: false,
      changePassword: false,
      replaceInvitation: false,
      acceptInvitation: false,
      externalUsers: false,
      editOtherProfiles: true,
      changeEmail: true,
    });

    const memory = renderWithAdapter(() => usePermissions(), createMemoryAdapter());
    expect(Object.values(memory.result.current.capabilities).every((on) => !on)).toBe(true);
    await waitFor(() => expect(Object.values(memory.result.current.capabilities).every(Boolean)).toBe(true));
  });

  it("R10, R16: a capability the backend declares off is off although the adapter has the method", async () => {
    const adapter = createMemoryAdapter({
      declares: { capabilities: { suspendUsers: false, editOtherProfiles: false } },
    });
    const { result } = renderWithAdapter(() => usePermissions(), adapter);
    await waitFor(() => expect(result.current.isPending).toBe(false));
    expect(result.current.capabilities).toMatchObject({
      suspendUsers: false,
      editOtherProfiles: false,
      changePassword: true,
      externalUsers: true,
    });
  });

  it("R5, R19: with the memory adapter, the seeded owner may manage users but not suspend themself", async () => {
    const { result } = renderWithAdapter(() => usePermissions(), createMemoryAdapter());
    await waitFor(() => expect(result.current.isPending).toBe(false));

    expect(result.current.managesUsers).toBe(true);
    expect(result.current.activeOwnerCount).toBeGreaterThanOrEqual(1);
    const viewer = result.current.viewer;
    if (!viewer) throw new Error("viewer loaded");
    expect(result.current.can("user.suspend", makeUser({ ...viewer, id: viewer.id }))).toMatchObject({
      allowed: false,
      reason: "self_action",
    });
  });
});
