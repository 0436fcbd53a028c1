import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { UserManagementDataset } from "../../../src/adapter";
import { generateDataset } from "../../../src/adapters/memory";
import { createPostgresStore, loadDataset, type SqlClient, type SqlQueryable } from "../../../src/server";
import type { UserListQuery } from "../../../src/server/store";
import { DATABASE_URL, lazyTestDatabase, PGLITE_START_TIMEOUT, type TestDatabase } from "../testDatabase";

/*
 * Issue 11: the user list counts only when its page cannot tell the total. A page that is not full
 * (and not past the end) is the last one, so the list holds its offset plus its rows: no count runs.
 * A full page, or one past the end, is counted. Either way `total` is exact.
 */

const ACCOUNT = "count-account";
const NEIGHBOUR = "neighbour-account";
const SIZE = 130;
const PAGE_SIZE = 25;

const withoutPasswords = (dataset: UserManagementDataset): UserManagementDataset => ({ ...dataset, passwords: {} });

const isCount = (text: string) => /count\(\*\)/i.test(text);

const DATABASES = [
  { kind: "pglite" as const, title: "PGlite" },
  ...(DATABASE_URL ? [{ kind: "postgres" as const, title: "PostgreSQL" }] : []),
];

describe.each(DATABASES)("issue 11: the user list's count on $title", { timeout: 60_000 }, ({ kind }) => {
  const database = lazyTestDatabase(kind, `list_count_${process.pid}`);
  let db: TestDatabase;
  const dataset = generateDataset({ size: SIZE, seed: 7 });
  const roleOrder = dataset.roleModel.roles.map((role) => role.id);

  beforeAll(async () => {
    db = await database();
    await loadDataset(db.client, withoutPasswords(dataset), { schema: db.schema, accountId: ACCOUNT });
    // Another account's users share the table and must not be counted.
    await loadDataset(db.client, withoutPasswords(generateDataset({ size: 90, seed: 8 })), {
      schema: db.schema,
      accountId: NEIGHBOUR,
    });
  }, PGLITE_START_TIMEOUT + 60_000);
  afterAll(async () => (await database()).close());

  /** The list's answer, and whether a count statement was sent for it. */
  async function list(query: UserListQuery) {
    const statements: string[] = [];
    const recording = (tx: SqlQueryable): SqlQueryable => ({
      query: (text, params) => {
        if (/\.users\b/.test(text)) statements.push(text);
        return tx.query(text, params);
      },
    });
    const client: SqlClient = {
      query: (text, params) => db.client.query(text, params),
      transaction: (work, options) => db.client.transaction((tx) => work(recording(tx)), options),
    };
    const result = await createPostgresStore({ client, schema: db.schema }).transaction(
      (tx) => tx.listUsers(query, roleOrder),
      { accountId: ACCOUNT },
    );
    return { ...result, counted: statements.some(isCount) };
  }

  const matching = (predicate: (user: UserManagementDataset["users"][number]) => boolean) =>
    dataset.users.filter(predicate).length;
  const searchText = (user: UserManagementDataset["users"][number]) =>
    `${user.firstName} ${user.lastName}\n${user.email}`.toLowerCase();
  const someone = dataset.users[17];
  if (!someone) throw new Error("The dataset has no 18th user.");

  const FILTERS: { name: string; query: Omit<UserListQuery, "page" | "pageSize">; expected: number }[] = [
    { name: "no filter", query: {}, expected: SIZE },
    { name: "search matching many", query: { search: "an" }, expected: matching((u) => searchText(u).includes("an")) },
    {
      name: "search matching one",
      query: { search: someone.email },
      expected: matching((u) => searchText(u).includes(someone.email.toLowerCase())),
    },
    { name: "role filter", query: { roleIds: ["user"] }, expected: matching((u) => u.roleId === "user") },
    {
      name: "sort by last login, status filter",
      query: { statuses: ["active"], sort: { field: "lastLoginAt", direction: "desc" } },
      expected: matching((u) => u.status === "active"),
    },
  ];

  it.each(FILTERS)(
    "$name: every page's total is exact; only full pages and pages past the end are counted",
    async ({ query, expected }) => {
      expect(expected).toBeGreaterThan(0);
      const pages = Math.ceil(expected / PAGE_SIZE);
      for (let page = 1; page <= pages + 1; page += 1) {
        const result = await list({ ...query, page, pageSize: PAGE_SIZE });
        expect(result.total, `page ${page}`).toBe(expected);
        const rows = result.users.length;
        expect(rows, `page ${page}`).toBe(Math.max(0, Math.min(PAGE_SIZE, expected - (page - 1) * PAGE_SIZE)));
        const full = rows === PAGE_SIZE;
        const pastTheEnd = rows === 0 && page > 1;
        expect(result.counted, `page ${page} of ${pages}: ${rows} rows`).toBe(full || pastTheEnd);
      }
    },
  );

  it("a whole account on one page is not counted; a full first page of a larger account is, and only it can't be avoided", async () => {
    const onePage = await list({ page: 1, pageSize: 200 });
    expect(onePage).toMatchObject({ total: SIZE, counted: false });
    expect(onePage.users).toHaveLength(SIZE);
    const firstPage = await list({ page: 1, pageSize: PAGE_SIZE });
    expect(firstPage).toMatchObject({ total: SIZE, counted: true });
  });

  it("an empty result (a search no one matches) is exact without a count", async () => {
    expect(await list({ page: 1, pageSize: PAGE_SIZE, search: "no-such-person-zzz" })).toMatchObject({
      users: [],
      total: 0,
      counted: false,
    });
  });
});
