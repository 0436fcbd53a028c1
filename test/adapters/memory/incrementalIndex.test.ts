import { afterEach, describe, expect, it, vi } from "vitest";
import type { ListUsersParams, UserSort, UserSortField } from "../../../src/adapter/contract";
import { memoryUsersPage } from "../../../src/adapters/memory/cursorPage";
import { generateDataset } from "../../../src/adapters/memory/generateDataset";
import { SearchText } from "../../../src/adapters/memory/searchText";
import { SlicedSort } from "../../../src/adapters/memory/slicedSort";
import { UserIndex } from "../../../src/adapters/memory/userIndex";
import type { User } from "../../../src/core/types";
import { makeUser } from "../../core/fixtures";
import { manualSchedule, naiveIds } from "./naiveUsers";

// 600 users in chunks of 64, lists of more than 16 waiting for an order: a large account's paths.
const dataset = generateDataset({ size: 600, seed: 5 });
const roles = dataset.roleModel.roles;
const tuning = { searchChunk: 64, sortAtOnce: 16 };
const FIELDS: UserSortField[] = ["name", "email", "lastLoginAt", "createdAt", "role", "status"];
const SEARCHES = ["ada", "lo", "garcia", "王", ".1", "e", "zz-nothing", "xylophone"];

function setUp(users: readonly User[] = dataset.users) {
  const background = manualSchedule();
  const index = new UserIndex(users, roles, { ...tuning, schedule: background.schedule });
  return { background, index };
}

const ids = (users: readonly User[]) => users.map((user) => user.id);

/** Every page, following nextCursor from the first, then prevCursor back from the last. */
function walk(index: UserIndex, params: Omit<ListUsersParams, "page" | "pageSize">, pageSize = 45) {
  const forward: string[] = [];
  let page = memoryUsersPage(index, { ...params, page: 1, pageSize });
  forward.push(...ids(page.users));
  for (let n = 2; page.nextCursor; n++) {
    page = memoryUsersPage(index, { ...params, page: n, pageSize, after: page.nextCursor });
    forward.push(...ids(page.users));
  }
  const backward: string[] = [...ids(page.users)];
  while (page.prevCursor) {
    page = memoryUsersPage(index, { ...params, page: 1, pageSize, before: page.prevCursor });
    backward.unshift(...ids(page.users));
  }
  return { forward, backward, total: page.total };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("memory adapter indexes built in the background (R1: 100,000-user accounts)", () => {
  it("R1: the first page builds neither the search index nor any order; the background builds them later", () => {
    const { background, index } = setUp();
    const first = memoryUsersPage(index, { page: 1, pageSize: 50 });
    expect(ids(first.users)).toEqual(naiveIds(dataset.users, roles).slice(0, 50));
    expect(first.total).toBe(600);
    expect(index.progress()).toEqual({ searchChunks: 10, searchChunksBuilt: 0, orders: [] });
    expect(background.pending).toBe(1);
    background.runAll();
    expect(index.progress()).toEqual({ searchChunks: 10, searchChunksBuilt: 10, orders: ["name"] });
  });

  it("R1: a search while the search index is part built returns exactly what a full scan returns", () => {
    const { background, index } = setUp();
    index.ranked({});
    do {
      for (const search of SEARCHES) {
        expect(ids(index.query({ search })), `${search} at ${index.progress().searchChunksBuilt}`).toEqual(
          naiveIds(dataset.users, roles, { search }),
        );
      }
    } while (background.runOne());
    expect(index.progress().searchChunksBuilt).toBe(10);
  });

  it.each(FIELDS)(
    "R1: pages sorted by %s before its order is built are the full sort's, by number and by cursor",
    (field) => {
      for (const direction of ["asc", "desc"] as const) {
        const sort: UserSort = { field, direction };
        const { index } = setUp();
        const expected = naiveIds(dataset.users, roles, { sort });
        const { forward, backward, total } = walk(index, { sort });
        expect(forward).toEqual(expected);
        expect(backward).toEqual(expected);
        expect(total).toBe(600);
        const byNumber = [1, 2, 7, 14].flatMap((page) =>
          ids(memoryUsersPage(index, { page, pageSize: 45, sort }).users),
        );
        expect(byNumber).toEqual([...expected.slice(0, 90), ...expected.slice(270, 315), ...expected.slice(585, 630)]);
        expect(index.progress().orders).toEqual([]);
      }
    },
  );

  it("R1: name pages placed by the first name alone match the full sort: prefixes, blanks, accents, ties", () => {
    // First names that are prefixes of others, equal, empty, padded with spaces, accented or
    // upper-case: the rows a key head cannot place, and those it places wrongly if it is wrong.
    const firsts = ["Ana", "Anastasia", "ana", "Ána", "An", "", " Ana", "Ana ", "Bo", "bo", "Émile", "Emma", "Z", "  "];
    const lasts = ["Lee", "", "Ng", "lee", " Ång"];
    const users = firsts.flatMap((firstName, f) =>
      lasts.map((lastName, l) =>
        makeUser({
          id: `user-${f}-${l}`,
          firstName,
          lastName,
          email: `p${(f * 7 + l * 3) % 11}-${f}-${l}@example.com`,
        }),
      ),
    );
    for (const direction of ["asc", "desc"] as const) {
      const sort: UserSort = { field: "name", direction };
      const { index } = setUp(users);
      const expected = naiveIds(users, roles, { sort });
      for (const pageSize of [1, 7, 20]) {
        const { forward, backward } = walk(index, { sort }, pageSize);
        expect(forward, `${direction} by ${pageSize}, by cursor`).toEqual(expected);
        expect(backward, `${direction} by ${pageSize}, back by cursor`).toEqual(expected);
        const byNumber = [1, 2, 5].flatMap((page) => ids(memoryUsersPage(index, { page, pageSize, sort }).users));
        const at = (page: number) => expected.slice((page - 1) * pageSize, page * pageSize);
        expect(byNumber, `${direction} by ${pageSize}, by number`).toEqual([...at(1), ...at(2), ...at(5)]);
      }
      expect(index.progress().orders).toEqual([]);
    }
  });

  it("R1: pages of a search are the same before and after the order is built", () => {
    const { background, index } = setUp();
    const params = { search: "a", sort: { field: "email", direction: "desc" } as UserSort };
    const expected = naiveIds(dataset.users, roles, params);
    expect(walk(index, params).forward).toEqual(expected);
    background.runAll();
    expect(index.progress().orders).toContain("email");
    expect(walk(index, params).forward).toEqual(expected);
  });

  it("R1: changes during an incremental build are seen at once, and in what the build publishes", () => {
    const { background, index } = setUp();
    const users = new Map(dataset.users.map((user) => [user.id, user]));
    const check = () => {
      const current = [...users.values()];
      for (const search of SEARCHES) expect(ids(index.query({ search }))).toEqual(naiveIds(current, roles, { search }));
      for (const field of FIELDS) {
        const sort: UserSort = { field, direction: "asc" };
        expect(walk(index, { sort }).forward).toEqual(naiveIds(current, roles, { sort }));
      }
    };
    const change = (user: User) => {
      users.set(user.id, user);
      index.put(user);
    };
    memoryUsersPage(index, { page: 1, pageSize: 50, sort: { field: "email", direction: "asc" } });
    for (let step = 0; step < 4; step++) background.runOne();
    // Chunk 0 is built, the last is not; the email order is half done.
    expect(index.progress().searchChunksBuilt).toBeGreaterThan(0);
    expect(index.progress().searchChunksBuilt).toBeLessThan(10);
    change({ ...(dataset.users[3] as User), firstName: "Xylophone", email: "aaa.first@example.com" });
    change({ ...(dataset.users[590] as User), lastName: "Xylophone", status: "revoked" });
    users.delete("user-10");
    index.delete("user-10");
    change({ ...(dataset.users[20] as User), id: "newcomer", email: "zzz@example.com", lastName: "Xylophone" });
    check();
    for (let step = 0; step < 5; step++) background.runOne();
    change({ ...(dataset.users[100] as User), firstName: "Ada", lastLoginAt: null });
    check();
    background.runAll();
    expect(index.progress().searchChunksBuilt).toBe(index.progress().searchChunks);
    expect(index.progress().orders).toEqual(expect.arrayContaining(["name", "email"]));
    check();
    // Built indexes follow later changes too.
    change({ ...(dataset.users[200] as User), firstName: "Xylophone", lastName: "Zed" });
    users.delete("user-300");
    index.delete("user-300");
    check();
  });

  it("R1: the next page of a cached search neither searches nor sorts again; a change invalidates it", () => {
    const { index } = setUp();
    const find = vi.spyOn(SearchText.prototype, "find");
    const sort: UserSort = { field: "lastLoginAt", direction: "desc" };
    const first = memoryUsersPage(index, { page: 1, pageSize: 5, search: "ada", sort });
    memoryUsersPage(index, { page: 2, pageSize: 5, search: "ada", sort, after: first.nextCursor });
    memoryUsersPage(index, { page: 3, pageSize: 5, search: " ADA ", sort });
    expect(find).toHaveBeenCalledTimes(1);

    const target = dataset.users.find((user) => !ids(index.query({ search: "ada" })).includes(user.id)) as User;
    index.put({ ...target, firstName: "Adalbert", lastLoginAt: "2099-01-01T00:00:00.000Z" });
    const after = memoryUsersPage(index, { page: 1, pageSize: 5, search: "ada", sort });
    expect(find).toHaveBeenCalledTimes(2);
    expect(after.users[0]?.id).toBe(target.id);
    expect(after.total).toBe(first.total + 1);
    index.delete(target.id);
    expect(memoryUsersPage(index, { page: 1, pageSize: 5, search: "ada", sort }).total).toBe(first.total);
  });

  it("R1: a page far into a list whose order is not built waits for the order rather than picking", () => {
    const larger = generateDataset({ size: 1500, seed: 5 }).users;
    const { index } = setUp(larger);
    const sort: UserSort = { field: "createdAt", direction: "desc" };
    const page = memoryUsersPage(index, { page: 26, pageSize: 40, sort });
    expect(ids(page.users)).toEqual(naiveIds(larger, roles, { sort }).slice(1000, 1040));
    expect(index.progress().orders).toEqual(["createdAt"]);
  });

  it("R1: a change while an order is being sorted in steps restarts it; what it publishes is current", () => {
    const larger = generateDataset({ size: 9000, seed: 6 }).users;
    const users = new Map(larger.map((user) => [user.id, user]));
    const { background, index } = setUp(larger);
    const sort: UserSort = { field: "email", direction: "asc" };
    const sortSteps = vi.spyOn(SlicedSort.prototype, "step");
    memoryUsersPage(index, { page: 1, pageSize: 50, sort });
    for (let change = 0; change < 3; change++) {
      // Into the middle of the sort: it has run, and not finished.
      const calls = sortSteps.mock.calls.length;
      while (sortSteps.mock.calls.length === calls) background.runOne();
      expect(sortSteps.mock.results.at(-1)?.value).toBe(false);
      const user = larger[change * 1000] as User;
      const renamed = { ...user, email: `${change}-moved@example.com` };
      users.set(user.id, renamed);
      index.put(renamed);
    }
    background.runAll();
    expect(index.progress().orders).toContain("email");
    expect(ids(index.query({ sort }))).toEqual(naiveIds([...users.values()], roles, { sort }));
  });
});
