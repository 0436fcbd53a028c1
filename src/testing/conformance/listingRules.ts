import { describe, expect } from "vitest";
import type { SortDirection, UserManagementAdapter, UserSortField } from "../../adapter/contract";
import type { UserManagementDataset } from "../../adapter/dataset";
import type { User } from "../../core/types";
import type { ConformanceSuite } from "./conformanceSuite";
import { expectTotal, listAllUsers } from "./expectations";
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

/** Members that hold a seat (not revoked) plus pending invitations, as the fixture has them now. */
function seatsHeld(fixture: UserManagementDataset, now: Date): number {
  const members = fixture.users.filter((user) => user.status !== "revoked").length;
  const pending = fixture.invitations.filter((invitation) => new Date(invitation.expiresAt) > now).length;
  return members + pending;
}

/** R1: session facts, and server-side paging, search, sort and filters. */
export function describeListingRules(suite: ConformanceSuite): void {
  describe("session and user list", () => {
    const { subject, check } = useConformanceSubject(suite);
    // Counts come from the fixture as loaded: six users, one pending invitation, when all of it is.
    const userCount = () => subject.fixture.users.length;

    check("getSession names the viewer and the account of the fixture", async () => {
      const { viewer, account } = await subject.as(ADMIN).getSession({});
      expect(viewer).toMatchObject({ id: ADMIN, roleId: "administrator", status: "active", isExternal: false });
      expect(account).toMatchObject({ id: subject.fixture.account.id, plan: subject.fixture.account.plan });
    });

    if (Object.keys(suite.roles).length === 0) {
      check("getRoleModel returns the fixture's roles and permission catalog", { switches: ["roles"] }, async () => {
        const model = await subject.as(ADMIN).getRoleModel({});
        expect(ids(model.roles)).toEqual(ids(subject.fixture.roleModel.roles));
        expect(ids(model.permissions)).toEqual(ids(subject.fixture.roleModel.permissions));
        expect(model.defaultRoleId).toBe(subject.fixture.roleModel.defaultRoleId);
      });
    } else {
      // A backend that names its roles its own way has a role model of its own: its catalog, its
      // roles' permissions and its default are its own. What the fixture's records need of it holds.
      check(
        "getRoleModel returns every mapped role, owner kind where the fixture has it, and a default role of its own (roles)",
        { switches: ["roles"] },
        async () => {
          const model = await subject.as(ADMIN).getRoleModel({});
          const roleIds = ids(model.roles);
          for (const role of subject.fixture.roleModel.roles) {
            expect(roleIds, `the backend's role for the fixture's "${role.id}"`).toContain(role.id);
            const own = model.roles.find((candidate) => candidate.id === role.id);
            expect(own?.kind === "owner", `"${role.id}" is owner kind exactly when the fixture's is`).toBe(
              role.kind === "owner",
            );
          }
          expect(roleIds, "the default role is one of the model's roles").toContain(model.defaultRoleId);
          // Whatever its catalog, a role carries only permissions in it.
          const catalog = ids(model.permissions);
          for (const role of model.roles) {
            for (const permission of [...role.permissions, ...(role.grantablePermissions ?? [])]) {
              expect(catalog, `role "${role.id}" carries "${permission}"`).toContain(permission);
            }
          }
        },
      );
    }

    check("R1: the session reports the seats used: members not revoked plus pending invitations", async () => {
      const { account } = await subject.as(ADMIN).getSession({});
      // The whole fixture: six members (one suspended, still seated) and one pending invitation; the
      // expired one holds no seat.
      expect(account.seatsUsed).toBe(seatsHeld(subject.fixture, subject.clock.now()));
      expect(account.plan.seatLimit).toBe(50);
    });

    check("R1: pages users with page and pageSize, reporting the total of all pages", async () => {
      const admin = subject.as(ADMIN);
      const sort = { field: "name", direction: "asc" } as const;
      // Two users on the second page: pages of 4 for the whole fixture.
      const pageSize = userCount() - 2;
      expect(pageSize, "the fixture fills two pages").toBeGreaterThanOrEqual(2);
      const first = await admin.listUsers({ page: 1, pageSize, sort });
      const second = await admin.listUsers({ page: 2, pageSize, sort });
      expect(first.users).toHaveLength(pageSize);
      expect(second.users).toHaveLength(2);
      expectTotal(first, userCount(), { page: 1, pageSize });
      expectTotal(second, userCount(), { page: 2, pageSize });
      expect(sortedIds([...first.users, ...second.users])).toEqual(sortedIds(subject.fixture.users));
    });

    check("R1: a page past the end is empty and still reports the total", async () => {
      const result = await subject.as(ADMIN).listUsers({ page: 3, pageSize: 4 });
      expect(result.users).toEqual([]);
      expectTotal(result, userCount(), { page: 3, pageSize: 4 });
    });

    check("R1: search matches first and last names case-insensitively", { records: [CUSTOM_USER] }, async () => {
      const admin = subject.as(ADMIN);
      expect(ids(await listAllUsers(admin, { search: "cLEo" }))).toEqual([PLAIN_USER]);
      expect(ids(await listAllUsers(admin, { search: "DALTON" }))).toEqual([CUSTOM_USER]);
    });

    check("R1: search matches emails case-insensitively, anywhere in the address", async () => {
      const admin = subject.as(ADMIN);
      expect(ids(await listAllUsers(admin, { search: "EXAMPLE.ORG" }))).toEqual([OTHER_USER]);
      // Stored as "ben.Baker@Example.COM".
      expect(ids(await listAllUsers(admin, { search: "baker@example.com" }))).toEqual([SECOND_ADMIN]);
    });

    check("R1: a search is paged and its total counts the matches only", async () => {
      const result = await subject.as(ADMIN).listUsers({ page: 1, pageSize: 2, search: "@example.com" });
      // Five in the whole fixture: every user but the one at example.org.
      const matches = subject.fixture.users.filter((user) => user.email.toLowerCase().includes("@example.com"));
      expect(matches.length).toBeGreaterThan(2);
      expect(result.users).toHaveLength(2);
      expectTotal(result, matches.length, { page: 1, pageSize: 2 });
    });

    for (const field of ["name", "email", "lastLoginAt", "createdAt"] as const) {
      for (const direction of ["asc", "desc"] as const) {
        check(`R1: sorts by ${field}, ${direction}`, async () => {
          const users = await sortedBy(subject.as(ADMIN), field, direction);
          expect(ids(users)).toEqual(expectedOrder(subject.fixture.users, sortKeys[field], direction));
        });
      }
    }

    // Role and status orders are the adapter's choice (by label, by rank…); what the person sees is
    // that equal values stay together and that the other direction reverses the groups.
    for (const field of ["role", "status"] as const) {
      check(`R1: sorts by ${field} in both directions, keeping equal values together`, async () => {
        const admin = subject.as(ADMIN);
        const value = (user: User) => (field === "role" ? user.roleId : user.status);
        const ascending = await sortedBy(admin, field, "asc");
        const descending = await sortedBy(admin, field, "desc");
        expect(sortedIds(ascending)).toEqual(sortedIds(subject.fixture.users));
        expect(groupsInOrder(descending, value)).toEqual(groupsInOrder(ascending, value).reverse());
      });
    }

    check("R1: filters by role", async () => {
      const admin = subject.as(ADMIN);
      expect(sortedIds(await listAllUsers(admin, { roleIds: ["administrator"] }))).toEqual([ADMIN, SECOND_ADMIN]);
    });

    check("R1: filters by several roles, counting the matches", async () => {
      const admin = subject.as(ADMIN);
      const result = await admin.listUsers({ page: 1, pageSize: 10, roleIds: ["administrator", "custom"] });
      expect(sortedIds(result.users)).toEqual([ADMIN, SECOND_ADMIN, CUSTOM_USER]);
      expectTotal(result, 3, { page: 1, pageSize: 10 });
    });

    check("R1: filters by status", { records: [SUSPENDED_USER] }, async () => {
      const result = await subject.as(ADMIN).listUsers({ page: 1, pageSize: 10, statuses: ["suspended"] });
      expect(ids(result.users)).toEqual([SUSPENDED_USER]);
      expectTotal(result, 1, { page: 1, pageSize: 10 });
    });

    check("R1: combines role, status and search filters", async () => {
      const admin = subject.as(ADMIN);
      const filters = { roleIds: ["user"], statuses: ["active"] } as const;
      expect(sortedIds(await listAllUsers(admin, filters))).toEqual([PLAIN_USER, OTHER_USER]);
      expect(ids(await listAllUsers(admin, { ...filters, search: "fay" }))).toEqual([OTHER_USER]);
    });

    check("R1: empty filter lists mean every role and every status", async () => {
      const users = await listAllUsers(subject.as(ADMIN), { roleIds: [], statuses: [] });
      expect(sortedIds(users)).toEqual(sortedIds(subject.fixture.users));
    });
  });
}
