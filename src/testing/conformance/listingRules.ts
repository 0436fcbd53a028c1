import { describe, expect, it } from "vitest";
import type { SortDirection, UserManagementAdapter, UserSortField } from "../../adapter/contract";
import type { User } from "../../core/types";
import type { AdapterHarnessFactory } from "../adapterHarness";
import { listAllUsers } from "./expectations";
import { ADMIN, CUSTOM_USER, OTHER_USER, PLAIN_USER, SECOND_ADMIN, SUSPENDED_USER } from "./fixtureIds";
import { useConformanceSubject } from "./subject";

const ids = (users: readonly { id: string }[]) => users.map((user) => user.id);
const sortedIds = (users: readonly { id: string }[]) => ids(users).sort();

// The fixture is built so that each of these readings gives one order (see conformanceFixture.ts).
const sortKeys: Record<"name" | "email" | "lastLoginAt" | "createdAt", (user: User) => string> = {
  name: (user) => `${user.firstName} ${user.lastName}`.toLowerCase(),
  email: (user) => user.email.toLowerCase(),
  lastLoginAt: (user) => user.lastLoginAt ?? "",
  createdAt: (user) => user.createdAt,
};

function expectedOrder(users: readonly User[], key: (user: User) => string, direction: SortDirection): string[] {
  const ascending = [...users].sort((a, b) => key(a).localeCompare(key(b)));
  return ids(direction === "asc" ? ascending : ascending.reverse());
}

/** The sequence of distinct values in list order; fails when a value comes back after another one. */
function groupsInOrder(users: readonly User[], value: (user: User) => string): string[] {
  const groups: string[] = [];
  for (const user of users) {
    const current = value(user);
    if (groups[groups.length - 1] === current) continue;
    expect(groups, `users with ${current} are not next to each other`).not.toContain(current);
    groups.push(current);
  }
  return groups;
}

async function sortedBy(admin: UserManagementAdapter, field: UserSortField, direction: SortDirection) {
  return listAllUsers(admin, { sort: { field, direction } });
}

/** R1: session facts, and server-side paging, search, sort and filters. */
export function describeListingRules(harnessFactory: AdapterHarnessFactory): void {
  describe("session and user list", () => {
    const subject = useConformanceSubject(harnessFactory);

    it("getSession names the viewer and the account of the fixture", async () => {
      const { viewer, account } = await subject.as(ADMIN).getSession({});
      expect(viewer).toMatchObject({ id: ADMIN, roleId: "administrator", status: "active", isExternal: false });
      expect(account).toMatchObject({ id: subject.fixture.account.id, plan: subject.fixture.account.plan });
    });

    it("getRoleModel returns the fixture's roles and permission catalog", async () => {
      const model = await subject.as(ADMIN).getRoleModel({});
      expect(ids(model.roles)).toEqual(ids(subject.fixture.roleModel.roles));
      expect(ids(model.permissions)).toEqual(ids(subject.fixture.roleModel.permissions));
      expect(model.defaultRoleId).toBe(subject.fixture.roleModel.defaultRoleId);
    });

    it("R1: the session reports the seats used: members not revoked plus pending invitations", async () => {
      const { account } = await subject.as(ADMIN).getSession({});
      // Six members (one suspended, still seated) and one pending invitation; the expired one holds no seat.
      expect(account.seatsUsed).toBe(7);
      expect(account.plan.seatLimit).toBe(50);
    });

    it("R1: pages users with page and pageSize, reporting the total of all pages", async () => {
      const admin = subject.as(ADMIN);
      const sort = { field: "name", direction: "asc" } as const;
      const first = await admin.listUsers({ page: 1, pageSize: 4, sort });
      const second = await admin.listUsers({ page: 2, pageSize: 4, sort });
      expect(first.users).toHaveLength(4);
      expect(second.users).toHaveLength(2);
      expect(first.total).toBe(6);
      expect(second.total).toBe(6);
      expect(sortedIds([...first.users, ...second.users])).toEqual(sortedIds(subject.fixture.users));
    });

    it("R1: a page past the end is empty and still reports the total", async () => {
      const result = await subject.as(ADMIN).listUsers({ page: 3, pageSize: 4 });
      expect(result.users).toEqual([]);
      expect(result.total).toBe(6);
    });

    it("R1: search matches first and last names case-insensitively", async () => {
      const admin = subject.as(ADMIN);
      expect(ids(await listAllUsers(admin, { search: "cLEo" }))).toEqual([PLAIN_USER]);
      expect(ids(await listAllUsers(admin, { search: "DALTON" }))).toEqual([CUSTOM_USER]);
    });

    it("R1: search matches emails case-insensitively, anywhere in the address", async () => {
      const admin = subject.as(ADMIN);
      expect(ids(await listAllUsers(admin, { search: "EXAMPLE.ORG" }))).toEqual([OTHER_USER]);
      // Stored as "ben.Baker@Example.COM".
      expect(ids(await listAllUsers(admin, { search: "baker@example.com" }))).toEqual([SECOND_ADMIN]);
    });

    it("R1: a search is paged and its total counts the matches only", async () => {
      const result = await subject.as(ADMIN).listUsers({ page: 1, pageSize: 2, search: "@example.com" });
      expect(result.users).toHaveLength(2);
      expect(result.total).toBe(5);
    });

    for (const field of ["name", "email", "lastLoginAt", "createdAt"] as const) {
      for (const direction of ["asc", "desc"] as const) {
        it(`R1: sorts by ${field}, ${direction}`, async () => {
          const users = await sortedBy(subject.as(ADMIN), field, direction);
          expect(ids(users)).toEqual(expectedOrder(subject.fixture.users, sortKeys[field], direction));
        });
      }
    }

    // Role and status orders are the adapter's choice (by label, by rank…); what the person sees is
    // that equal values stay together and that the other direction reverses the groups.
    for (const field of ["role", "status"] as const) {
      it(`R1: sorts by ${field} in both directions, keeping equal values together`, async () => {
        const admin = subject.as(ADMIN);
        const value = (user: User) => (field === "role" ? user.roleId : user.status);
        const ascending = await sortedBy(admin, field, "asc");
        const descending = await sortedBy(admin, field, "desc");
        expect(sortedIds(ascending)).toEqual(sortedIds(subject.fixture.users));
        expect(groupsInOrder(descending, value)).toEqual(groupsInOrder(ascending, value).reverse());
      });
    }

    it("R1: filters by role", async () => {
      const admin = subject.as(ADMIN);
      expect(sortedIds(await listAllUsers(admin, { roleIds: ["administrator"] }))).toEqual([ADMIN, SECOND_ADMIN]);
      const result = await admin.listUsers({ page: 1, pageSize: 10, roleIds: ["administrator", "custom"] });
      expect(sortedIds(result.users)).toEqual([ADMIN, SECOND_ADMIN, CUSTOM_USER]);
      expect(result.total).toBe(3);
    });

    it("R1: filters by status", async () => {
      const result = await subject.as(ADMIN).listUsers({ page: 1, pageSize: 10, statuses: ["suspended"] });
      expect(ids(result.users)).toEqual([SUSPENDED_USER]);
      expect(result.total).toBe(1);
    });

    it("R1: combines role, status and search filters", async () => {
      const admin = subject.as(ADMIN);
      const filters = { roleIds: ["user"], statuses: ["active"] } as const;
      expect(sortedIds(await listAllUsers(admin, filters))).toEqual([PLAIN_USER, OTHER_USER]);
      expect(ids(await listAllUsers(admin, { ...filters, search: "fay" }))).toEqual([OTHER_USER]);
    });

    it("R1: empty filter lists mean every role and every status", async () => {
      const users = await listAllUsers(subject.as(ADMIN), { roleIds: [], statuses: [] });
      expect(sortedIds(users)).toEqual(sortedIds(subject.fixture.users));
    });
  });
}
