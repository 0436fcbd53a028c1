import { describe, expect, it } from "vitest";
import type { UserSortField } from "../../../src/adapter/contract";
import { generateDataset } from "../../../src/adapters/memory/generateDataset";
import { foldForSearch, UserIndex } from "../../../src/adapters/memory/userIndex";
import type { User } from "../../../src/core/types";

const dataset = generateDataset({ size: 500, seed: 3 });
const roles = dataset.roleModel.roles;

/** The obviously-correct answer: filter everything, then sort everything. */
function naive(users: User[], field: UserSortField, search = ""): string[] {
  const key = (user: User): string => {
    switch (field) {
      case "name":
        return foldForSearch(`${user.firstName} ${user.lastName}`).trim() || user.email.toLowerCase();
      case "email":
        return user.email.toLowerCase();
      case "lastLoginAt":
        return user.lastLoginAt ?? "";
      case "createdAt":
        return user.createdAt;
      case "role":
        return String(roles.findIndex((role) => role.id === user.roleId)).padStart(4, "0");
      case "status":
        return String(["active", "suspended", "revoked"].indexOf(user.status));
    }
  };
  const needle = foldForSearch(search);
  return users
    .filter((user) => foldForSearch(`${user.firstName} ${user.lastName}\u0000${user.email}`).includes(needle))
    .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((user) => user.id);
}

const ids = (users: readonly User[]) => users.map((user) => user.id);
const FIELDS: UserSortField[] = ["name", "email", "lastLoginAt", "createdAt", "role", "status"];

describe("UserIndex", () => {
  it.each(FIELDS)("R1: sorts by %s in both directions exactly like a full sort", (field) => {
    const index = new UserIndex(dataset.users, roles);
    const expected = naive(dataset.users, field);
    expect(ids(index.query({ sort: { field, direction: "asc" } }))).toEqual(expected);
    expect(ids(index.query({ sort: { field, direction: "desc" } }))).toEqual([...expected].reverse());
  });

  it("R1: stays in order after updates, inserts and deletes once the orders are built", () => {
    const index = new UserIndex(dataset.users, roles);
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

  it.each(["ada", "lo", "GARCÍA", "garcia", "王", "example.org", ".1@", "zz-nothing", "a"])(
    "R1: search %j finds exactly the users whose name or email contains it, accents and case aside",
    (search) => {
      const index = new UserIndex(dataset.users, roles);
      expect(ids(index.query({ search }))).toEqual(naive(dataset.users, "name", search));
    },
  );

  it("R1: search sees renamed users by their new name only", () => {
    const index = new UserIndex(dataset.users, roles);
    index.query({ search: "lovelace" });
    const target = dataset.users[4] as User;
    index.put({ ...target, firstName: "Quentinette", lastName: "Xylophone" });
    expect(ids(index.query({ search: "xylophone" }))).toEqual([target.id]);
    // The old full name (with its space) no longer matches; the email still holds the old slug.
    expect(ids(index.query({ search: `${target.firstName} ${target.lastName}` }))).not.toContain(target.id);
  });

  it("R1: filters by role and status together with search and sort", () => {
    const index = new UserIndex(dataset.users, roles);
    const result = index.query({ roleIds: ["custom"], statuses: ["active", "suspended"], search: "e" });
    expect(result.length).toBeGreaterThan(0);
    for (const user of result) {
      expect(user.roleId).toBe("custom");
      expect(["active", "suspended"]).toContain(user.status);
    }
    const expected = dataset.users.filter(
      (user) => user.roleId === "custom" && user.status !== "revoked" && naive([user], "name", "e").length === 1,
    );
    expect(result).toHaveLength(expected.length);
  });
});
