import { notifyManager } from "@tanstack/react-query";
import { act, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ListUsersResult } from "../../src/adapter/contract";
import { useUsers } from "../../src/hooks/useUsers";
import { makeUser } from "../core/fixtures";
import { deferred, pageOf, renderWithAdapter, stubAdapter } from "./harness";

const grace = makeUser({ id: "user-2", status: "active", version: 3 });

/**
 * Holds TanStack's notifications to `useQuery` (normally a task after the change: a timer, or a
 * microtask in TanStack Query 5.0) until released, so a test sees what renders in the task that
 * changed the cache, before they come. Through `setNotifyFunction`, which every TanStack Query 5
 * has: it runs each notification once its scheduler has let it go.
 */
function holdTanStackNotifications() {
  const held: (() => void)[] = [];
  notifyManager.setNotifyFunction((callback) => held.push(callback));
  return () => {
    notifyManager.setNotifyFunction((callback) => callback());
    for (const callback of held.splice(0)) callback();
  };
}

let release: (() => void) | undefined;
afterEach(() => {
  act(() => release?.());
  release = undefined;
});

describe("useRenderOnCacheWrite (through the list hooks)", () => {
  it("R24, issue 11: an optimistic change renders in the task that wrote it, before TanStack's notification comes", async () => {
    const answer = deferred<{ user: typeof grace }>();
    const adapter = stubAdapter({
      listUsers: vi
        .fn<() => Promise<ListUsersResult>>()
        .mockResolvedValueOnce(pageOf([grace]))
        .mockImplementation(() => new Promise(() => {})),
      suspendUser: () => answer.promise,
      reactivateUser: vi.fn(),
    });
    const { result } = renderWithAdapter(() => useUsers(), adapter);
    await waitFor(() => expect(result.current.users[0]?.status).toBe("active"));

    release = holdTanStackNotifications();
    act(() => result.current.suspendUser.mutate({ id: "user-2", version: 3 }));

    // Shown although TanStack has told `useQuery` nothing yet, with the rest of the state as of now.
    await waitFor(() => expect(result.current.users[0]?.status).toBe("suspended"));
    expect(result.current.suspendUser.isPending).toBe(true);

    act(() => release?.());
    release = undefined;
    expect(result.current.users[0]?.status).toBe("suspended");
  });

  it("R1, issue 11: a page that arrives renders at once too, with its flags: never the new page under the placeholder's", async () => {
    const second = deferred<ListUsersResult>();
    const ada = makeUser({ id: "user-3" });
    const listUsers = vi
      .fn<(params: { page: number }) => Promise<ListUsersResult>>()
      .mockImplementation((params) => (params.page === 1 ? Promise.resolve(pageOf([grace], 2)) : second.promise));
    const { result } = renderWithAdapter(() => useUsers({ pageSize: 1 }), stubAdapter({ listUsers }));
    await waitFor(() => expect(result.current.users.map((user) => user.id)).toEqual(["user-2"]));

    act(() => result.current.setPage(2));
    await waitFor(() => expect(result.current.isPlaceholderData).toBe(true));
    release = holdTanStackNotifications();
    await act(async () => second.resolve(pageOf([ada], 2)));

    expect(result.current.users.map((user) => user.id)).toEqual(["user-3"]);
    expect(result.current.isPlaceholderData).toBe(false);
    expect(result.current.page).toBe(2);
  });
});
