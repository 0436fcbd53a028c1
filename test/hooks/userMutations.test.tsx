import { act, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import type { ListUsersResult, UserResult } from "../../src/adapter/contract";
import { createMemoryAdapter, DEFAULT_SEED_PASSWORD } from "../../src/adapters/memory";
import { UserManagementError } from "../../src/core/errors";
import type { User } from "../../src/core/types";
import { useUser } from "../../src/hooks/useUser";
import { useUsers } from "../../src/hooks/useUsers";
import { makeUser } from "../core/fixtures";
import { deferred, pageOf, renderWithAdapter, stubAdapter } from "./harness";

/** Serves `users` once; later loads hang, so what shows after a mutation is the cache's doing alone. */
function listOnceThenHang(users: User[], total = users.length) {
  return vi
    .fn<() => Promise<ListUsersResult>>()
    .mockResolvedValueOnce(pageOf(users, total))
    .mockImplementation(() => new Promise(() => {}));
}

const grace = makeUser({ id: "user-2", status: "active", version: 3 });

describe("user mutations", () => {
  it("R24: an optimistic suspend shows the new status at once, then rolls back and exposes the error code", async () => {
    const answer = deferred<UserResult>();
    const suspendUser = vi.fn(() => answer.promise);
    const adapter = stubAdapter({ listUsers: listOnceThenHang([grace]), suspendUser, reactivateUser: vi.fn() });
    const { result } = renderWithAdapter(() => useUsers(), adapter);
    await waitFor(() => expect(result.current.users[0]?.status).toBe("active"));

    act(() => result.current.suspendUser.mutate({ id: "user-2", version: 3 }));

    await waitFor(() => expect(result.current.users[0]?.status).toBe("suspended"));
    expect(result.current.suspendUser.isPending).toBe(true);
    expect(suspendUser).toHaveBeenCalledWith({ id: "user-2", version: 3 });

    await act(async () => answer.reject(new UserManagementError("last_owner", "Grace is the last active owner.")));

    await waitFor(() => expect(result.current.suspendUser.isError).toBe(true));
    expect(result.current.users[0]?.status).toBe("active");
    expect(result.current.suspendUser.error).toBeInstanceOf(UserManagementError);
    expect(result.current.suspendUser.error?.code).toBe("last_owner");
  });

  it("R24: a successful suspend keeps the server's copy, with its new version", async () => {
    const adapter = stubAdapter({
      listUsers: listOnceThenHang([grace]),
      suspendUser: async () => ({ user: { ...grace, status: "suspended", version: 4 } }),
      reactivateUser: vi.fn(),
    });
    const { result } = renderWithAdapter(() => useUsers(), adapter);
    await waitFor(() => expect(result.current.users).toHaveLength(1));

    await act(() => result.current.suspendUser.mutateAsync({ id: "user-2" }));

    await waitFor(() => expect(result.current.users[0]).toMatchObject({ status: "suspended", version: 4 }));
  });

  it("R24, issue 11: an optimistic change is rendered before the adapter's answer is handled and the list refetched", async () => {
    // The adapter answers at once, as an in-process one does; the list answers, then records what
    // the hook showed when it was asked again (the refetch after the answer).
    const shownAtRefetch: (string | undefined)[] = [];
    const listUsers = vi
      .fn<() => Promise<ListUsersResult>>()
      .mockResolvedValueOnce(pageOf([grace]))
      .mockImplementation(async () => {
        shownAtRefetch.push(result.current.users[0]?.status);
        return pageOf([{ ...grace, status: "suspended", version: 4 }]);
      });
    const adapter = stubAdapter({
      listUsers,
      suspendUser: async () => ({ user: { ...grace, status: "suspended", version: 4 } }),
      reactivateUser: vi.fn(),
    });
    const { result } = renderWithAdapter(() => useUsers(), adapter);
    await waitFor(() => expect(result.current.users).toHaveLength(1));

    // Not awaited inside act(), which would hold every render back until the mutation is over.
    act(() => result.current.suspendUser.mutate({ id: "user-2" }));

    await waitFor(() => expect(shownAtRefetch).toEqual(["suspended"]));
    await waitFor(() => expect(result.current.suspendUser.isSuccess).toBe(true));
  });

  it("R24: with the memory adapter, a failed reactivate puts the suspended status back", async () => {
    const adapter = createMemoryAdapter();
    const { users } = await adapter.listUsers({ page: 1, pageSize: 50, statuses: ["suspended"] });
    const suspended = users[0];
    if (!suspended) throw new Error("the default dataset has a suspended user");
    const { result } = renderWithAdapter(() => useUsers({ statuses: ["suspended"] }), adapter);
    await waitFor(() => expect(result.current.users.map((u) => u.id)).toContain(suspended.id));

    adapter.failNext("unavailable", "reactivateUser");
    await act(async () => {
      await result.current.reactivateUser.mutateAsync({ id: suspended.id }).catch(() => {});
    });

    await waitFor(() => expect(result.current.reactivateUser.error?.code).toBe("unavailable"));
    expect(result.current.users.find((u) => u.id === suspended.id)?.status).toBe("suspended");
  });

  it("R24: updateUser patches the user in the list and the detail at once, then takes the server's version", async () => {
    const answer = deferred<UserResult>();
    const adapter = stubAdapter({
      listUsers: listOnceThenHang([grace]),
      getUser: vi
        .fn<() => Promise<UserResult>>()
        .mockResolvedValueOnce({ user: grace })
        .mockImplementation(() => new Promise(() => {})),
      updateUser: () => answer.promise,
    });
    const { result } = renderWithAdapter(() => ({ list: useUsers(), detail: useUser("user-2") }), adapter);
    await waitFor(() => expect(result.current.detail.data?.firstName).toBe("Grace"));
    await waitFor(() => expect(result.current.list.users).toHaveLength(1));

    act(() =>
      result.current.list.updateUser.mutate({
        id: "user-2",
        version: 3,
        changes: { firstName: "Amazing", roleId: "custom" },
      }),
    );

    await waitFor(() => expect(result.current.list.users[0]?.firstName).toBe("Amazing"));
    expect(result.current.list.users[0]?.roleId).toBe("custom");
    expect(result.current.detail.data?.firstName).toBe("Amazing");

    const saved = { ...grace, firstName: "Amazing", roleId: "custom", version: 4 };
    await act(async () => answer.resolve({ user: saved }));
    await waitFor(() => expect(result.current.list.updateUser.isSuccess).toBe(true));
    expect(result.current.list.users[0]?.version).toBe(4);
    expect(result.current.detail.data?.version).toBe(4);
  });

  it("R25: saving from a stale version surfaces `conflict` with the fresh record, and nothing is overwritten", async () => {
    const adapter = createMemoryAdapter();
    const { user: before } = await adapter.getUser({ id: "user-2" });
    const { result } = renderWithAdapter(() => useUsers({ search: before.email }), adapter);
    await waitFor(() => expect(result.current.users[0]?.id).toBe("user-2"));

    // Another administrator saves first.
    await adapter.updateUser({ id: "user-2", version: before.version, changes: { lastName: "Theirs" } });
    await act(async () => {
      await result.current.updateUser
        .mutateAsync({ id: "user-2", version: before.version, changes: { lastName: "Mine" } })
        .catch(() => {});
    });

    await waitFor(() => expect(result.current.updateUser.error?.code).toBe("conflict"));
    expect(result.current.updateUser.error?.current).toMatchObject({
      id: "user-2",
      lastName: "Theirs",
      version: before.version + 1,
    });
    await waitFor(() => expect(result.current.users[0]?.lastName).toBe("Theirs"));
    expect((await adapter.getUser({ id: "user-2" })).user.lastName).toBe("Theirs");
  });

  it("R24: deleteUser removes the row and counts one fewer at once, and restores both when refused", async () => {
    const answer = deferred<void>();
    const ada = makeUser({ id: "user-1", firstName: "Ada" });
    const adapter = stubAdapter({ listUsers: listOnceThenHang([ada, grace], 12), deleteUser: () => answer.promise });
    const { result } = renderWithAdapter(() => useUsers(), adapter);
    await waitFor(() => expect(result.current.total).toBe(12));

    act(() => result.current.deleteUser.mutate({ id: "user-2" }));

    await waitFor(() => expect(result.current.users.map((u) => u.id)).toEqual(["user-1"]));
    expect(result.current.total).toBe(11);

    await act(async () => answer.reject(new UserManagementError("forbidden", "Only administrators can delete users.")));

    await waitFor(() => expect(result.current.deleteUser.error?.code).toBe("forbidden"));
    expect(result.current.users.map((u) => u.id)).toEqual(["user-1", "user-2"]);
    expect(result.current.total).toBe(12);
  });

  it("R20: with the memory adapter, a deleted user is gone from the list and the seat count drops", async () => {
    const adapter = createMemoryAdapter();
    const { result } = renderWithAdapter(() => useUsers(), adapter);
    await waitFor(() => expect(result.current.total).toBe(10));
    const seatsBefore = (await adapter.getSession({})).account.seatsUsed;

    await act(() => result.current.deleteUser.mutateAsync({ id: "user-2" }));

    await waitFor(() => expect(result.current.total).toBe(9));
    expect(result.current.users.map((u) => u.id)).not.toContain("user-2");
    expect((await adapter.getSession({})).account.seatsUsed).toBe(seatsBefore - 1);
  });

  it("turns anything an adapter throws into a UserManagementError", async () => {
    const adapter = stubAdapter({
      listUsers: listOnceThenHang([grace]),
      deleteUser: () => Promise.reject("socket hang up"),
    });
    const { result } = renderWithAdapter(() => useUsers(), adapter);
    await waitFor(() => expect(result.current.users).toHaveLength(1));

    await act(async () => {
      await result.current.deleteUser.mutateAsync({ id: "user-2" }).catch(() => {});
    });

    await waitFor(() => expect(result.current.deleteUser.error).toBeInstanceOf(UserManagementError));
    expect(result.current.deleteUser.error?.code).toBe("unavailable");
    expect(result.current.deleteUser.error?.message).toContain("socket hang up");
  });

  it("R17: changePassword with a wrong own password fails with reauthentication_failed", async () => {
    const adapter = createMemoryAdapter();
    const { result } = renderWithAdapter(() => useUsers(), adapter);

    await act(async () => {
      await result.current.changePassword
        .mutateAsync({ id: "user-2", newPassword: "a much better password", actorPassword: "not it" })
        .catch(() => {});
    });
    await waitFor(() => expect(result.current.changePassword.error?.code).toBe("reauthentication_failed"));

    await act(() =>
      result.current.changePassword.mutateAsync({
        id: "user-2",
        newPassword: "a much better password",
        actorPassword: DEFAULT_SEED_PASSWORD,
      }),
    );
    await waitFor(() => expect(result.current.changePassword.isSuccess).toBe(true));
  });

  it("an adapter without suspendUser fails suspend with not_implemented and leaves the row as it was", async () => {
    const adapter = stubAdapter({ listUsers: listOnceThenHang([grace]) });
    const { result } = renderWithAdapter(() => useUsers(), adapter);
    await waitFor(() => expect(result.current.users).toHaveLength(1));

    await act(async () => {
      await result.current.suspendUser.mutateAsync({ id: "user-2" }).catch(() => {});
    });

    await waitFor(() => expect(result.current.suspendUser.error?.code).toBe("not_implemented"));
    expect(result.current.users[0]?.status).toBe("active");
  });
});
