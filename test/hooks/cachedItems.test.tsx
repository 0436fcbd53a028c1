import { describe, expect, it } from "vitest";
import type { ListUsersResult } from "../../src/adapter/contract";
import type { User } from "../../src/core/types";
import { patchCachedUser, removeCachedItem } from "../../src/hooks/cachedItems";
import { userManagementKeys } from "../../src/hooks/userManagementKeys";
import { makeUser } from "../core/fixtures";
import { createTestQueryClient, pageOf } from "./harness";

// The optimistic changes of R24 rewrite the cached list pages that hold the user, and only those:
// an account's cache may hold many pages (every search typed), and a page rewritten for nothing
// would notify its observers and look freshly fetched.

const ada = makeUser({ id: "user-1", firstName: "Ada" });
const grace = makeUser({ id: "user-2", firstName: "Grace", status: "active" });
const linus = makeUser({ id: "user-3", firstName: "Linus" });

function cacheWithTwoPages() {
  const client = createTestQueryClient();
  const withGrace = userManagementKeys.users.list({ page: 1, pageSize: 2 });
  const without = userManagementKeys.users.list({ page: 2, pageSize: 2 });
  client.setQueryData(withGrace, pageOf([ada, grace], 3));
  client.setQueryData(without, pageOf([linus], 3));
  const stateOf = (key: readonly unknown[]) => client.getQueryState<ListUsersResult>(key);
  return { client, withGrace, without, stateOf, untouched: stateOf(without) };
}

describe("cached list pages", () => {
  it("R24: a patch rewrites the user where a page holds them, and leaves other pages as they were", () => {
    const { client, withGrace, without, stateOf, untouched } = cacheWithTwoPages();

    patchCachedUser(client, "user-2", (user: User) => ({ ...user, status: "suspended" }));

    expect(stateOf(withGrace)?.data?.users.map((user) => [user.id, user.status])).toEqual([
      ["user-1", ada.status],
      ["user-2", "suspended"],
    ]);
    expect(stateOf(withGrace)?.data?.users[0]).toBe(ada);
    expect(stateOf(without)).toBe(untouched);
  });

  it("R24: a removal drops the user and counts one fewer in that page only", () => {
    const { client, withGrace, without, stateOf, untouched } = cacheWithTwoPages();

    removeCachedItem(client, userManagementKeys.users.lists(), "users", "user-2");

    expect(stateOf(withGrace)?.data).toEqual(pageOf([ada], 2));
    expect(stateOf(without)).toBe(untouched);
  });
});
