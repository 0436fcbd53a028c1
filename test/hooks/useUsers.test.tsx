import { act, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import type { ListUsersParams, ListUsersResult } from "../../src/adapter/contract";
import { useUsers } from "../../src/hooks/useUsers";
import { makeUser } from "../core/fixtures";
import { deferred, pageOf, renderWithAdapter, stubAdapter } from "./harness";

/** A list of `total` users served page by page, each named after its position. */
function pagedListUsers(total: number) {
  return vi.fn(async ({ page, pageSize }: ListUsersParams): Promise<ListUsersResult> => {
    const start = (page - 1) * pageSize;
    const count = Math.max(0, Math.min(pageSize, total - start));
    const users = Array.from({ length: count }, (_, i) => makeUser({ id: `user-${start + i + 1}` }));
    return { users, total };
  });
}

describe("useUsers", () => {
  it("R1: asks the adapter for the first page, passing TanStack's AbortSignal", async () => {
    const listUsers = pagedListUsers(60);
    const { result } = renderWithAdapter(() => useUsers({ pageSize: 25 }), stubAdapter({ listUsers }));

    await waitFor(() => expect(result.current.users).toHaveLength(25));
    expect(listUsers).toHaveBeenLastCalledWith({ page: 1, pageSize: 25, signal: expect.any(AbortSignal) });
    expect(result.current.total).toBe(60);
    expect(result.current.pageCount).toBe(3);
  });

  it("R1: paging, search, sort and filters reach the adapter as params", async () => {
    const listUsers = pagedListUsers(60);
    const { result } = renderWithAdapter(() => useUsers({ pageSize: 10 }), stubAdapter({ listUsers }));
    await waitFor(() => expect(result.current.isPending).toBe(false));

    act(() => result.current.setSort({ field: "lastLoginAt", direction: "desc" }));
    act(() => result.current.setRoleIds(["administrator", "custom"]));
    act(() => result.current.setStatuses(["suspended"]));
    act(() => result.current.setSearch("  Ada "));
    act(() => result.current.setPage(3));

    await waitFor(() =>
      expect(listUsers).toHaveBeenLastCalledWith({
        page: 3,
        pageSize: 10,
        search: "Ada",
        sort: { field: "lastLoginAt", direction: "desc" },
        roleIds: ["administrator", "custom"],
        statuses: ["suspended"],
        signal: expect.any(AbortSignal),
      }),
    );
    expect(result.current.search).toBe("  Ada ");
  });

  it("changing the search, a filter, the sort or the page size goes back to page 1", async () => {
    const listUsers = pagedListUsers(100);
    const { result } = renderWithAdapter(() => useUsers({ pageSize: 10, page: 4 }), stubAdapter({ listUsers }));
    await waitFor(() => expect(result.current.users[0]?.id).toBe("user-31"));

    act(() => result.current.setSearch("grace"));
    expect(result.current.page).toBe(1);
    await waitFor(() =>
      expect(listUsers).toHaveBeenLastCalledWith(expect.objectContaining({ page: 1, search: "grace" })),
    );

    for (const change of [
      () => result.current.setStatuses(["active"]),
      () => result.current.setRoleIds(["user"]),
      () => result.current.setSort({ field: "email", direction: "asc" }),
      () => result.current.setPageSize(50),
    ]) {
      act(() => result.current.setPage(2));
      expect(result.current.page).toBe(2);
      act(change);
      expect(result.current.page).toBe(1);
    }
  });

  it("keeps the previous page on screen while the next one loads, so nothing flashes", async () => {
    const secondPage = deferred<ListUsersResult>();
    const listUsers = vi.fn(async ({ page }: ListUsersParams) =>
      page === 1 ? pageOf([makeUser({ id: "user-1" })], 2) : secondPage.promise,
    );
    const { result } = renderWithAdapter(() => useUsers({ pageSize: 1 }), stubAdapter({ listUsers }));
    await waitFor(() => expect(result.current.users.map((u) => u.id)).toEqual(["user-1"]));

    act(() => result.current.setPage(2));
    await waitFor(() => expect(result.current.isFetching).toBe(true));
    expect(result.current.users.map((u) => u.id)).toEqual(["user-1"]);
    expect(result.current.isPlaceholderData).toBe(true);
    expect(result.current.isPending).toBe(false);

    await act(async () => secondPage.resolve(pageOf([makeUser({ id: "user-2" })], 2)));
    await waitFor(() => expect(result.current.users.map((u) => u.id)).toEqual(["user-2"]));
    expect(result.current.isPlaceholderData).toBe(false);
  });

  it("moves back to the last page when the current one no longer exists", async () => {
    const listUsers = pagedListUsers(21);
    const { result } = renderWithAdapter(() => useUsers({ pageSize: 10, page: 3 }), stubAdapter({ listUsers }));
    await waitFor(() => expect(result.current.users.map((u) => u.id)).toEqual(["user-21"]));

    listUsers.mockImplementation(pagedListUsers(20));
    await act(() => result.current.refetch());

    await waitFor(() => expect(result.current.page).toBe(2));
    await waitFor(() => expect(result.current.users).toHaveLength(10));
  });

  it("exposes a failed load as a typed error, whatever the adapter threw", async () => {
    const listUsers = vi.fn(async (): Promise<ListUsersResult> => {
      throw new TypeError("Failed to fetch");
    });
    const { result } = renderWithAdapter(() => useUsers(), stubAdapter({ listUsers }));

    await waitFor(() => expect(result.current.error).not.toBeNull());
    expect(result.current.error?.code).toBe("unavailable");
    expect(result.current.error?.message).toContain("Failed to fetch");
  });

  it("fetches nothing when disabled, e.g. for a viewer who may not see other users (R8)", async () => {
    const listUsers = pagedListUsers(5);
    const { result } = renderWithAdapter(() => useUsers({ enabled: false }), stubAdapter({ listUsers }));

    await act(async () => {});
    expect(listUsers).not.toHaveBeenCalled();
    expect(result.current.users).toEqual([]);
  });
  it("a part mounting while an answer is fresh reads the cache: one call, not one per mount", async () => {
    const listUsers = pagedListUsers(60);
    // Two parts of a page asking for the same list, the second mounting after the first has its answer.
    const { result, rerender } = renderWithAdapter(
      (showSecond: boolean = false) =>
        [useUsers({ pageSize: 25 }), useUsers({ pageSize: 25, enabled: showSecond })] as const,
      stubAdapter({ listUsers }),
    );
    await waitFor(() => expect(result.current[0].users).toHaveLength(25));
    rerender(true);
    await waitFor(() => expect(result.current[1].users).toHaveLength(25));
    expect(listUsers).toHaveBeenCalledTimes(1);
  });
});
