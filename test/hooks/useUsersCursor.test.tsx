import { act, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import type { ListUsersParams, ListUsersResult } from "../../src/adapter/contract";
import { createMemoryAdapter, generateDataset } from "../../src/adapters/memory";
import { userManagementKeys } from "../../src/hooks";
import { useUsers } from "../../src/hooks/useUsers";
import { makeUser } from "../core/fixtures";
import { renderWithAdapter, stubAdapter } from "./harness";

const TOTAL = 50;
const PAGE_SIZE = 10;

/**
 * A backend that pages by cursor: page `n` carries `next-n` / `prev-n`, and a cursor reads the page
 * beside the one that gave it, whatever `page` says.
 */
function cursorListUsers() {
  return vi.fn(async ({ page, pageSize, after, before }: ListUsersParams): Promise<ListUsersResult> => {
    const shown = after ? Number(after.slice(5)) + 1 : before ? Number(before.slice(5)) - 1 : page;
    const start = (shown - 1) * pageSize;
    const users = Array.from({ length: Math.min(pageSize, TOTAL - start) }, (_, i) =>
      makeUser({ id: `user-${start + i + 1}` }),
    );
    return {
      users,
      total: TOTAL,
      ...(start + pageSize < TOTAL ? { nextCursor: `next-${shown}` } : {}),
      ...(start > 0 ? { prevCursor: `prev-${shown}` } : {}),
    };
  });
}

const firstId = (users: readonly { id: string }[]) => users[0]?.id;

describe("useUsers, keyset paging", () => {
  it("R1: the next and previous pages are read from the shown page's cursors; page still counts", async () => {
    const listUsers = cursorListUsers();
    const { result } = renderWithAdapter(() => useUsers({ pageSize: PAGE_SIZE }), stubAdapter({ listUsers }));
    await waitFor(() => expect(firstId(result.current.users)).toBe("user-1"));

    act(() => result.current.setPage(2));
    await waitFor(() => expect(firstId(result.current.users)).toBe("user-11"));
    expect(listUsers).toHaveBeenLastCalledWith({
      page: 2,
      pageSize: PAGE_SIZE,
      after: "next-1",
      signal: expect.anything(),
    });
    act(() => result.current.setPage(3));
    await waitFor(() => expect(firstId(result.current.users)).toBe("user-21"));
    expect(listUsers).toHaveBeenLastCalledWith({
      page: 3,
      pageSize: PAGE_SIZE,
      after: "next-2",
      signal: expect.anything(),
    });
    expect(result.current.page).toBe(3);
    expect(result.current.pageCount).toBe(5);

    act(() => result.current.setPage(2));
    await waitFor(() => expect(firstId(result.current.users)).toBe("user-11"));
    expect(listUsers).toHaveBeenLastCalledWith({
      page: 2,
      pageSize: PAGE_SIZE,
      before: "prev-3",
      signal: expect.anything(),
    });
    expect(result.current.page).toBe(2);
  });

  it("R1: jumps (first, last, any page number) and the way back to page 1 are read by number", async () => {
    const listUsers = cursorListUsers();
    const { result } = renderWithAdapter(() => useUsers({ pageSize: PAGE_SIZE }), stubAdapter({ listUsers }));
    await waitFor(() => expect(firstId(result.current.users)).toBe("user-1"));

    act(() => result.current.setPage(5));
    await waitFor(() => expect(firstId(result.current.users)).toBe("user-41"));
    expect(listUsers).toHaveBeenLastCalledWith({ page: 5, pageSize: PAGE_SIZE, signal: expect.anything() });

    act(() => result.current.setPage(2));
    await waitFor(() => expect(firstId(result.current.users)).toBe("user-11"));
    expect(listUsers).toHaveBeenLastCalledWith({ page: 2, pageSize: PAGE_SIZE, signal: expect.anything() });

    act(() => result.current.setPage(1));
    await waitFor(() => expect(firstId(result.current.users)).toBe("user-1"));
    // Page 1 is still fresh in the cache, so it shows without a call; it was only ever asked for by number.
    const pageOneCalls = listUsers.mock.calls.filter(([params]) => params.page === 1);
    expect(pageOneCalls).toEqual([[{ page: 1, pageSize: PAGE_SIZE, signal: expect.anything() }]]);
  });

  it("R1: a new search, filter or sort drops the cursor and starts again from page 1", async () => {
    const listUsers = cursorListUsers();
    const { result } = renderWithAdapter(() => useUsers({ pageSize: PAGE_SIZE }), stubAdapter({ listUsers }));
    await waitFor(() => expect(firstId(result.current.users)).toBe("user-1"));
    act(() => result.current.setPage(2));
    await waitFor(() => expect(firstId(result.current.users)).toBe("user-11"));

    act(() => result.current.setSort({ field: "email", direction: "desc" }));
    await waitFor(() =>
      expect(listUsers).toHaveBeenLastCalledWith({
        page: 1,
        pageSize: PAGE_SIZE,
        sort: { field: "email", direction: "desc" },
        signal: expect.anything(),
      }),
    );
    expect(result.current.params).toEqual({
      page: 1,
      pageSize: PAGE_SIZE,
      sort: { field: "email", direction: "desc" },
    });
  });

  it("R1: the page read by cursor has a query key of its own, made of plain data", async () => {
    const listUsers = cursorListUsers();
    const { result, queryClient } = renderWithAdapter(
      () => useUsers({ pageSize: PAGE_SIZE }),
      stubAdapter({ listUsers }),
    );
    await waitFor(() => expect(firstId(result.current.users)).toBe("user-1"));
    act(() => result.current.setPage(2));
    await waitFor(() => expect(firstId(result.current.users)).toBe("user-11"));

    const key = userManagementKeys.users.list({ page: 2, pageSize: PAGE_SIZE, after: "next-1" });
    expect(queryClient.getQueryData<ListUsersResult>(key)?.users[0]?.id).toBe("user-11");
  });

  it("R1: an adapter without cursors is paged by number, as before", async () => {
    const listUsers = vi.fn(async ({ page, pageSize }: ListUsersParams): Promise<ListUsersResult> => {
      const start = (page - 1) * pageSize;
      return { users: [makeUser({ id: `user-${start + 1}` })], total: TOTAL };
    });
    const { result } = renderWithAdapter(() => useUsers({ pageSize: PAGE_SIZE }), stubAdapter({ listUsers }));
    await waitFor(() => expect(firstId(result.current.users)).toBe("user-1"));
    act(() => result.current.setPage(2));
    await waitFor(() => expect(firstId(result.current.users)).toBe("user-11"));
    expect(listUsers).toHaveBeenLastCalledWith({ page: 2, pageSize: PAGE_SIZE, signal: expect.anything() });
  });

  it("R1: over the memory adapter, pages read by cursor are the pages read by number", async () => {
    const dataset = generateDataset({ size: 45, seed: 3 });
    const adapter = createMemoryAdapter({ dataset });
    const sort = { field: "lastLoginAt", direction: "desc" } as const;
    const byNumber = await Promise.all(
      [1, 2, 3, 4, 5].map(async (page) => (await adapter.listUsers({ page, pageSize: PAGE_SIZE, sort })).users),
    );
    const listUsers = vi.spyOn(adapter, "listUsers");
    const { result } = renderWithAdapter(() => useUsers({ pageSize: PAGE_SIZE, sort }), adapter);
    await waitFor(() => expect(result.current.users).toEqual(byNumber[0]));
    for (const page of [2, 3, 4, 5, 4, 3]) {
      act(() => result.current.setPage(page));
      await waitFor(() => expect(result.current.users).toEqual(byNumber[page - 1]));
    }
    expect(listUsers.mock.calls.slice(1).every(([params]) => params.after ?? params.before)).toBe(true);
  });
});
