import { act, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import type { ExternalUserResult, ListExternalUsersResult } from "../../src/adapter/contract";
import { createMemoryAdapter } from "../../src/adapters/memory";
import { UserManagementError } from "../../src/core/errors";
import { useExternalUsers } from "../../src/hooks/useExternalUsers";
import { makeExternalUser } from "../core/fixtures";
import { deferred, renderWithAdapter, stubAdapter } from "./harness";

const katherine = makeExternalUser({ id: "external-1", roleId: "user", version: 2 });
const dorothy = makeExternalUser({ id: "external-2", firstName: "Dorothy" });

/** Serves both external users once; later loads hang, so what shows is the cache's doing alone. */
function externalUsersAdapter(overrides: Parameters<typeof stubAdapter>[0] = {}) {
  const listExternalUsers = vi
    .fn<() => Promise<ListExternalUsersResult>>()
    .mockResolvedValueOnce({ externalUsers: [katherine, dorothy], total: 2 })
    .mockImplementation(() => new Promise(() => {}));
  return stubAdapter({
    listExternalUsers,
    updateExternalUser: vi.fn(),
    removeExternalUser: vi.fn(),
    ...overrides,
  });
}

describe("useExternalUsers", () => {
  it("R21: lists external users with their home account", async () => {
    const { result } = renderWithAdapter(() => useExternalUsers(), createMemoryAdapter());

    await waitFor(() => expect(result.current.externalUsers.length).toBeGreaterThan(0));
    expect(result.current.isSupported).toBe(true);
    expect(result.current.externalUsers[0]?.homeAccount.name).toEqual(expect.any(String));
  });

  it("R22, R24: removing access drops them at once and brings them back when refused", async () => {
    const answer = deferred<void>();
    const adapter = externalUsersAdapter({ removeExternalUser: () => answer.promise });
    const { result } = renderWithAdapter(() => useExternalUsers(), adapter);
    await waitFor(() => expect(result.current.total).toBe(2));

    act(() => result.current.removeExternalUser.mutate({ id: "external-1" }));

    await waitFor(() => expect(result.current.externalUsers.map((u) => u.id)).toEqual(["external-2"]));
    expect(result.current.total).toBe(1);

    await act(async () => answer.reject(new UserManagementError("unavailable", "The server is down.")));

    await waitFor(() => expect(result.current.removeExternalUser.error?.code).toBe("unavailable"));
    expect(result.current.externalUsers.map((u) => u.id)).toEqual(["external-1", "external-2"]);
    expect(result.current.total).toBe(2);
  });

  it("R22, R24: a role change shows at once and rolls back when refused", async () => {
    const answer = deferred<ExternalUserResult>();
    const updateExternalUser = vi.fn(() => answer.promise);
    const { result } = renderWithAdapter(() => useExternalUsers(), externalUsersAdapter({ updateExternalUser }));
    await waitFor(() => expect(result.current.total).toBe(2));

    act(() => result.current.updateExternalUser.mutate({ id: "external-1", version: 2, roleId: "administrator" }));

    await waitFor(() => expect(result.current.externalUsers[0]?.roleId).toBe("administrator"));
    expect(updateExternalUser).toHaveBeenCalledWith({ id: "external-1", version: 2, roleId: "administrator" });

    await act(async () =>
      answer.reject(new UserManagementError("conflict", "Changed meanwhile.", { current: katherine })),
    );

    await waitFor(() => expect(result.current.updateExternalUser.error?.code).toBe("conflict"));
    expect(result.current.externalUsers[0]?.roleId).toBe("user");
  });

  it("R22: with the memory adapter, removing access takes them off the list for good", async () => {
    const adapter = createMemoryAdapter();
    const { result } = renderWithAdapter(() => useExternalUsers(), adapter);
    await waitFor(() => expect(result.current.externalUsers.length).toBeGreaterThan(0));
    const first = result.current.externalUsers[0];
    if (!first) throw new Error("the default dataset has external users");
    const totalBefore = result.current.total;

    await act(() => result.current.removeExternalUser.mutateAsync({ id: first.id }));

    await waitFor(() => expect(result.current.total).toBe(totalBefore - 1));
    expect(result.current.externalUsers.map((u) => u.id)).not.toContain(first.id);
  });

  it("fetches nothing and says so when the adapter has no external users", async () => {
    const { result } = renderWithAdapter(() => useExternalUsers(), stubAdapter());

    await act(async () => {});
    expect(result.current.isSupported).toBe(false);
    expect(result.current.isFetching).toBe(false);
    expect(result.current.externalUsers).toEqual([]);
    expect(result.current.error).toBeNull();
  });
});
