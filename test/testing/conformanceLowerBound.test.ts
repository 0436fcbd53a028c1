import { describe, expect, it } from "vitest";
import type { ListUsersParams, ListUsersResult, UserManagementAdapter } from "../../src/adapter";
import { createMemoryAdapter } from "../../src/adapters/memory";
import { describeAdapterConformance, getConformanceChecks } from "../../src/testing";
import { viewedAs } from "./memoryViewedAs";

/*
 * R1: a backend that counts a long list only so far (the PostgreSQL store counts to 10,000) reports
 * `totalIsLowerBound`, and still conforms. The memory adapter never caps its count; here it stands in
 * for one that counts to 3, answering as the PostgreSQL store does past its limit: at least the
 * limit, and at least the rows up to the page plus one when more follow; the last page exact.
 */

const NAME = "memory adapter counting to 3";
const COUNT_LIMIT = 3;

/** The list's answer as a backend counting to `COUNT_LIMIT` gives it. */
function countedTo(result: ListUsersResult, { page, pageSize }: ListUsersParams): ListUsersResult {
  if (result.total <= COUNT_LIMIT) return result;
  const upTo = (page - 1) * pageSize + result.users.length;
  const more = upTo < result.total;
  if (result.users.length > 0 && !more) return result;
  const shown = result.users.length > 0 ? upTo + 1 : 0;
  return { ...result, total: Math.max(COUNT_LIMIT, shown), totalIsLowerBound: true };
}

function countingTo(adapter: UserManagementAdapter): UserManagementAdapter {
  return { ...adapter, listUsers: async (params) => countedTo(await adapter.listUsers(params), params) };
}

describeAdapterConformance(NAME, async (fixture, clock) => {
  const adapter = createMemoryAdapter({ dataset: fixture, clock, viewerId: "admin-1" });
  return {
    as: (viewerId) => countingTo(viewedAs(adapter, viewerId)),
    invitationToken: async (invitationId) => adapter.invitationToken(invitationId),
  };
});

// Runs after the suite above (a file's tests run in order).
describe(`${NAME}: what the suite made of lower bounds`, () => {
  it("R1: ran every check, none skipped: a flagged total is accepted where totals are checked", () => {
    const checks = getConformanceChecks(NAME);
    expect(checks.length).toBeGreaterThan(140);
    expect(checks.filter((check) => check.skipped !== undefined)).toEqual([]);
  });

  it("R1: the stand-in flags the totals it does not count, and keeps the last page exact", () => {
    const users = Array.from({ length: 6 }, () => ({}) as ListUsersResult["users"][number]);
    const page = (rows: number) => ({ users: users.slice(0, rows), total: 6 });
    expect(countedTo(page(2), { page: 1, pageSize: 2 })).toMatchObject({ total: 3, totalIsLowerBound: true });
    expect(countedTo(page(2), { page: 2, pageSize: 2 })).toMatchObject({ total: 5, totalIsLowerBound: true });
    expect(countedTo(page(2), { page: 3, pageSize: 2 })).toEqual(page(2));
    expect(countedTo(page(0), { page: 9, pageSize: 2 })).toMatchObject({ total: 3, totalIsLowerBound: true });
  });
});
