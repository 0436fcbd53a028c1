import { describe, expect, it, vi } from "vitest";
import type { UserSortField } from "../../../src/adapter/contract";
import { generateDataset } from "../../../src/adapters/memory/generateDataset";
import { SearchText } from "../../../src/adapters/memory/searchText";
import { UserIndex } from "../../../src/adapters/memory/userIndex";
import type { User } from "../../../src/core/types";
import { manualSchedule, naiveIds } from "./naiveUsers";

const dataset = generateDataset({ size: 500, seed: 3 });
const roles = dataset.roleModel.roles;

const naive = (users: User[], field: UserSortField, search = "") =>
  naiveIds(users, roles, { search, sort: { field, direction: "asc" } });

const ids = (users: readonly User[]) => users.map((user) => user.id);
const FIELDS: UserSortField[] = ["name", "email", "lastLoginAt", "createdAt", "role", "status"];

// The same behaviour whatever is built: a 500-user account as it is (scans and direct sorts), and
// tuned to take a large account's paths (search chunks, built orders) with the background work
// never run, or run to its end before the test reads.
const configurations = [
  { name: "small account", make: (users: readonly User[]) => new UserIndex(users, roles) },
  {
    name: "large-account paths, background not run",
    make: (users: readonly User[]) =>
      new UserIndex(users, roles, { searchChunk: 64, sortAtOnce: 16, schedule: manualSchedule().schedule }),
  },
  {
    name: "large-account paths, background run",
    make: (users: readonly User[]) => {
      const background = manualSchedule();
      const index = new UserIndex(users, roles, { searchChunk: 64, sortAtOnce: 16, schedule: background.schedule });
      index.ranked({});
      background.runAll();
      return index;
    },
  },
];

describe.each(configurations)("UserIndex ($name)", ({ make }) => {
  it.each(FIELDS)("R1: sorts by %s in both directions exactly like a full sort", (field) => {
    const index = make(dataset.users);
    const expected = naive(dataset.users, field);
    expect(ids(index.query({ sort: { field, direction: "asc" } }))).toEqual(expected);
    expect(ids(index.query({ sort: { field, direction: "desc" } }))).toEqual([...expected].reverse());
  });

  it("R1: stays in order after updates, inserts and deletes once the orders are built", () => {
    const index = make(dataset.users);
    for (const field of FIELDS) index.query({ sort: { field, direction: "asc" } });
    const users = new Map(dataset.users.map((user) => [user.id, user]));
    // Rename every 7th user, delete every 11th, add a few newcomers.
    for (const user of dataset.users.filter((_, i) => i % 7 === 0)) {
      const renamed = { ...user, firstName: `Zed${user.id}`, lastLoginAt: null, status: "suspended" as const };
      users.set(user.id, renamed);
      index.put(renamed);
    }
    for (const user of dataset.users.filter((_, i) => i % 11 === 0)) {
      users.delete(user.id);
      index.delete(user.id);
    }
    for (let i = 0; i < 5; i++) {
      const newcomer = {
        ...(dataset.users[1] as User),
        id: `new-${i}`,
        email: `new${i}@example.com`,
        firstName: "Aaron",
      };
      users.set(newcomer.id, newcomer);
      index.put(newcomer);
    }
    for (const field of FIELDS) {
      expect(ids(index.query({ sort: { field, direction: "asc" } }))).toEqual(naive([...users.values()], field));
    }
    expect(index.size).toBe(users.size);
  });

  it.each(["ada", "lo", "GARCÍA", "garcia", "王", "example.org", ".1@", "zz-nothing", "a", "e a"])(
    "R1: search %j finds exactly the users whose name or email contains it, accents and case aside",
    (search) => {
      const index = make(dataset.users);
      expect(ids(index.query({ search }))).toEqual(naive(dataset.users, "name", search));
    },
  );

  it("R1: a match never spans two users, nor a name and its email", () => {
    const index = make(dataset.users);
    const [first, second] = dataset.users as [User, User];
    // The end of one user's email and the start of the next user's name, as if joined.
    const across = `${first.email.slice(-3)}\n${second.firstName.slice(0, 2)}`.toLowerCase();
    expect(index.query({ search: across })).toEqual([]);
    const nameToEmail = `${first.lastName.slice(-2)}\u0000${first.email.slice(0, 2)}`.toLowerCase();
    expect(ids(index.query({ search: nameToEmail }))).toEqual(naive(dataset.users, "name", nameToEmail));
  });

  it("R1: search sees renamed users by their new name only", () => {
    const index = make(dataset.users);
    index.query({ search: "lovelace" });
    const target = dataset.users[4] as User;
    index.put({ ...target, firstName: "Quentinette", lastName: "Xylophone" });
    expect(ids(index.query({ search: "xylophone" }))).toEqual([target.id]);
    // The old full name (with its space) no longer matches; the email still holds the old slug.
    expect(ids(index.query({ search: `${target.firstName} ${target.lastName}` }))).not.toContain(target.id);
  });

  it.each([
    { typed: "garcía", filters: {} },
    { typed: "lovelace", filters: {} },
    { typed: "e a", filters: {} },
    { typed: "example.org", filters: { roleIds: ["custom"], statuses: ["active" as const] } },
  ])(
    "R1: typing $typed letter by letter finds at each step exactly what that search alone would",
    ({ typed, filters }) => {
      const index = make(dataset.users);
      for (let end = 1; end <= typed.length; end++) {
        const search = typed.slice(0, end);
        expect(ids(index.query({ ...filters, search }))).toEqual(
          naiveIds(dataset.users, roles, { ...filters, search }),
        );
      }
      // After a change, the earlier matches are stale: the renamed user is found by the longer search.
      const renamed = { ...(dataset.users[9] as User), firstName: `${typed}zq` };
      index.put(renamed);
      const users = dataset.users.map((user) => (user.id === renamed.id ? renamed : user));
      expect(ids(index.query({ ...filters, search: `${typed}z` }))).toEqual(
        naiveIds(users, roles, { ...filters, search: `${typed}z` }),
      );
    },
  );

  it("R1: filters by role and status together with search and sort", () => {
    const index = make(dataset.users);
    const query = { roleIds: ["custom"], statuses: ["active", "suspended"] as const, search: "e" };
    const result = index.query({ ...query, statuses: [...query.statuses] });
    expect(result.length).toBeGreaterThan(0);
    expect(ids(result)).toEqual(naiveIds(dataset.users, roles, { ...query, statuses: [...query.statuses] }));
  });

  it("R2: finds a user by email, compared normalised, through changes", () => {
    const index = make(dataset.users);
    const [first, second] = dataset.users as [User, User];
    expect(index.idByEmail(` ${first.email.toUpperCase()} `)).toBe(first.id);
    index.put({ ...first, email: "Renamed@Example.com" });
    expect(index.idByEmail(first.email)).toBeUndefined();
    expect(index.idByEmail("renamed@example.COM")).toBe(first.id);
    index.delete(second.id);
    expect(index.idByEmail(second.email)).toBeUndefined();
    index.put({ ...second, id: "newcomer", email: "newcomer@example.com" });
    expect(index.idByEmail("NEWCOMER@example.com")).toBe("newcomer");
    expect(index.get(second.id)).toBeUndefined();
    expect(index.get("newcomer")?.email).toBe("newcomer@example.com");
  });
});

describe("UserIndex search typed on", () => {
  it("R1: a search typed on from a cached one looks among its matches, not through every user again", () => {
    const index = new UserIndex(dataset.users, roles);
    const find = vi.spyOn(SearchText.prototype, "find");
    const among = vi.spyOn(SearchText.prototype, "findAmong");
    const surname = (dataset.users[3] as User).lastName.toLowerCase();
    index.query({ search: surname });
    index.query({ search: `${surname}x` });
    index.query({ search: `${surname}xy` });
    expect(find).toHaveBeenCalledTimes(1);
    expect(among).toHaveBeenCalledTimes(2);
    // A search that does not extend a cached one, and one from too broad a start, use the index.
    index.query({ search: "a" });
    index.query({ search: "ab" });
    expect(find).toHaveBeenCalledTimes(3);
    find.mockRestore();
    among.mockRestore();
  });
});
