import { describe, expect, it } from "vitest";
import { userManagementKeys } from "../../src/hooks/userManagementKeys";
import { usersQueryOptions } from "../../src/hooks/usersQueryOptions";
import { createTestQueryClient, pageOf, stubAdapter } from "./harness";

const isPrefix = (prefix: readonly unknown[], key: readonly unknown[]) =>
  JSON.stringify(key.slice(0, prefix.length)) === JSON.stringify(prefix);

describe("userManagementKeys", () => {
  it("goes from general to specific, so invalidating a level reaches everything below it", () => {
    const list = userManagementKeys.users.list({ page: 2, pageSize: 25, search: "ada" });
    const detail = userManagementKeys.users.detail("user-2");

    for (const key of [
      userManagementKeys.session(),
      userManagementKeys.roleModel(),
      list,
      detail,
      userManagementKeys.invitations.list({ page: 1 }),
      userManagementKeys.externalUsers.list(),
    ]) {
      expect(isPrefix(userManagementKeys.all, key)).toBe(true);
    }
    expect(isPrefix(userManagementKeys.users.all, list)).toBe(true);
    expect(isPrefix(userManagementKeys.users.lists(), list)).toBe(true);
    expect(isPrefix(userManagementKeys.users.lists(), detail)).toBe(false);
    expect(isPrefix(userManagementKeys.users.details(), detail)).toBe(true);
  });

  it("holds only plain data: a stray signal is dropped and the key survives JSON", () => {
    const signal = new AbortController().signal;
    const params = { page: 1, pageSize: 10, statuses: ["active" as const], signal };
    const key = userManagementKeys.users.list(params);

    expect(JSON.parse(JSON.stringify(key))).toEqual(key);
    expect(key[3]).toEqual({ page: 1, pageSize: 10, statuses: ["active"] });
  });

  it("R1: an empty search or filter selects the same page as none, so a host's prefetch is found", async () => {
    const queryClient = createTestQueryClient();
    const adapter = stubAdapter({ listUsers: async () => pageOf([], 0) });
    await queryClient.prefetchQuery(usersQueryOptions(adapter, { page: 1, pageSize: 25 }));

    const key = userManagementKeys.users.list({ page: 1, pageSize: 25, search: "", roleIds: [], statuses: [] });

    expect(queryClient.getQueryData(key)).toEqual({ users: [], total: 0 });
  });

  it("lets a host prefetch a page and invalidate every list without touching details", async () => {
    const queryClient = createTestQueryClient();
    const adapter = stubAdapter({ listUsers: async () => pageOf([], 0) });
    await queryClient.prefetchQuery(usersQueryOptions(adapter, { page: 1, pageSize: 25 }));
    queryClient.setQueryData(userManagementKeys.users.detail("user-2"), { id: "user-2" });

    await queryClient.invalidateQueries({ queryKey: userManagementKeys.users.lists() });

    const list = queryClient.getQueryState(userManagementKeys.users.list({ page: 1, pageSize: 25 }));
    expect(list?.data).toEqual({ users: [], total: 0 });
    expect(list?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(userManagementKeys.users.detail("user-2"))?.isInvalidated).toBe(false);
  });
});
