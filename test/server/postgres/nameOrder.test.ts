import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ListUsersResult, UserManagementDataset } from "../../../src/adapter";
import { createMemoryAdapter, generateDataset } from "../../../src/adapters/memory";
import type { User } from "../../../src/core/types";
import { createPostgresStore, loadDataset } from "../../../src/server";
import type { UserListQuery } from "../../../src/server/store";
import { CONFORMANCE_CLOCK_START } from "../../../src/testing";
import { lazyTestDatabase, PGLITE_START_TIMEOUT, TEST_DATABASES } from "../testDatabase";

/*
 * R1: every store lists the same users in the same order. The PostgreSQL store sorts by name on a key
 * computed in JavaScript by the memory adapter's own function (core's nameSortKey, stored as
 * `name_key`, migration 6) and compared by code point (COLLATE "C"), not by the database's lower()
 * and collation, which decompose nothing and fold only some scripts.
 */

const ACCOUNT = "name-order";
/** Beside it, the same people: an order never reaches another account's rows. */
const NEIGHBOUR = "name-order-neighbour";

/** Names the two orders used to disagree on, and ties. */
const CRAFTED: Pick<User, "firstName" | "lastName" | "email">[] = [
  { firstName: "Émile", lastName: "Zola", email: "emile@example.fr" },
  { firstName: "Emile", lastName: "Ajar", email: "ajar@example.fr" },
  { firstName: "Åsa", lastName: "Öberg", email: "asa@example.se" },
  { firstName: "Søren", lastName: "Kierkegaard", email: "sk@example.dk" },
  { firstName: "José", lastName: "García", email: "jg@example.es" },
  // Hangul, which NFKD decomposes into jamo.
  { firstName: "김", lastName: "민준", email: "kim@example.kr" },
  { firstName: "Margaret", lastName: "김", email: "m.kim@example.kr" },
  { firstName: "Margaret", lastName: "王", email: "m.wang@example.cn" },
  // No name: sorted by the email, lower-cased.
  { firstName: "", lastName: "", email: "Nameless@Example.com" },
  { firstName: " ", lastName: "", email: "blank@example.com" },
  // The same key: the id decides.
  { firstName: "ada", lastName: "lovelace", email: "ada.lower@example.com" },
  { firstName: "ADA", lastName: "LOVELACE", email: "ada.upper@example.com" },
  { firstName: "Ada", lastName: "Lovelace", email: "ada.title@example.com" },
  { firstName: "🚀", lastName: "Rocket", email: "rocket@example.com" },
  { firstName: "Ωmega", lastName: "", email: "omega@example.gr" },
];

/** The generated account (names of many scripts, accents, emoji) and the crafted people after it. */
function orderDataset(): UserManagementDataset {
  const dataset = generateDataset({ size: 200, seed: 3, now: CONFORMANCE_CLOCK_START });
  const template = dataset.users[dataset.users.length - 1] as User;
  const crafted = CRAFTED.map((person, index): User => ({ ...template, ...person, id: `crafted-${index}` }));
  return { ...dataset, users: [...dataset.users, ...crafted], passwords: {} };
}

const ids = (result: ListUsersResult) => result.users.map((user) => user.id);

describe.each(TEST_DATABASES)("R1: the name order on $title", ({ kind, title }) => {
  const database = lazyTestDatabase(kind, `name_order_${process.pid}`);
  const dataset = orderDataset();
  const roleOrder = dataset.roleModel.roles.map((role) => role.id);
  const memory = createMemoryAdapter({ dataset });

  beforeAll(async () => {
    const db = await database();
    await loadDataset(db.client, dataset, { schema: db.schema, accountId: ACCOUNT });
    await loadDataset(db.client, dataset, { schema: db.schema, accountId: NEIGHBOUR });
  }, PGLITE_START_TIMEOUT + 60_000);
  afterAll(async () => (await database()).close());

  async function list(query: UserListQuery): Promise<ListUsersResult> {
    const db = await database();
    return createPostgresStore({ client: db.client, schema: db.schema }).transaction(
      (tx) => tx.listUsers(query, roleOrder),
      { accountId: ACCOUNT },
    );
  }

  /** The memory adapter's pages, by number. */
  async function memoryPages(query: Omit<UserListQuery, "page">): Promise<string[][]> {
    const pages: string[][] = [];
    for (let page = 1; ; page++) {
      const result = await memory.listUsers({ ...query, page });
      if (result.users.length === 0) return pages;
      pages.push(ids(result));
    }
  }

  const cases = [7, 50, 200].flatMap((pageSize) =>
    (["asc", "desc"] as const).map((direction) => ({ title, pageSize, direction })),
  );

  it.each(cases)(
    "R1: pages by name are the memory adapter's on $title, $direction, $pageSize a page",
    async ({ pageSize, direction }) => {
      const query = { pageSize, sort: { field: "name", direction } } as const;
      const expected = await memoryPages(query);
      expect(expected.flat()).toHaveLength(dataset.users.length);

      const byNumber: string[][] = [];
      for (let page = 1; page <= expected.length; page++) byNumber.push(ids(await list({ ...query, page })));
      expect(byNumber).toEqual(expected);

      const forward: ListUsersResult[] = [await list({ ...query, page: 1 })];
      for (let last = forward[0]; last?.nextCursor !== undefined; last = forward[forward.length - 1]) {
        forward.push(await list({ ...query, page: forward.length + 1, after: last.nextCursor }));
      }
      expect(forward.map(ids)).toEqual(expected);

      const backward = [forward[forward.length - 1] as ListUsersResult];
      for (let first = backward[0]; first?.prevCursor !== undefined; first = backward[0]) {
        backward.unshift(await list({ ...query, page: expected.length - backward.length, before: first.prevCursor }));
      }
      expect(backward.map(ids)).toEqual(expected);
    },
  );

  it("R1: a renamed user and a new user take the places the memory adapter gives them", async () => {
    const db = await database();
    const store = createPostgresStore({ client: db.client, schema: db.schema });
    const before = await store.transaction((tx) => tx.findUser("crafted-0"), { accountId: ACCOUNT });
    if (!before) throw new Error("Émile is missing.");
    const renamed: User = { ...before, firstName: "Ørjan", lastName: "Ægir", version: before.version + 1 };
    const newcomer: User = { ...before, id: "newcomer", firstName: "Ñandú", lastName: "김", email: "n@example.ar" };
    await store.transaction(
      async (tx) => {
        expect(await tx.updateUser(renamed, before.version)).toBe(true);
        await tx.insertUser(newcomer);
      },
      { accountId: ACCOUNT },
    );
    try {
      const users = dataset.users.map((user) => (user.id === renamed.id ? renamed : user));
      const changed = createMemoryAdapter({ dataset: { ...dataset, users: [...users, newcomer] } });
      const query = { page: 1, pageSize: 200, sort: { field: "name", direction: "asc" } } as const;
      for (const page of [1, 2]) {
        expect(ids(await list({ ...query, page }))).toEqual(ids(await changed.listUsers({ ...query, page })));
      }
    } finally {
      await store.transaction(
        async (tx) => {
          await tx.deleteUser("newcomer");
          await tx.updateUser({ ...before, version: renamed.version + 1 }, renamed.version);
        },
        { accountId: ACCOUNT },
      );
    }
  });
});
