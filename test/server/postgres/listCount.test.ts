import { describe, expect, it } from "vitest";
import type { UserManagementDataset, UserSort } from "../../../src/adapter";
import { createPostgresStore } from "../../../src/server";
import type { UserListQuery } from "../../../src/server/store";
import { TEST_DATABASES } from "../testDatabase";
import { COUNT_ACCOUNT as ACCOUNT, COUNT_SIZE as SIZE, searchText, useCountFixture } from "./countFixture";
import { type RecordedStatement, recordingClient } from "./recordingClient";

/*
 * Issue 11: the user list counts only when its page cannot tell the total. A page that nothing
 * follows (and not past the end) is the last one, so the list holds its offset plus its rows: no count
 * runs. A search's page that more rows follow, or one past the end, is counted. A list without a
 * search reads the account's tally in the page's own statement, so only a page past the end asks for
 * it alone. Either way `total` is exact here, below the count limit (listCountLimit.test.ts has the
 * lists longer than it).
 */

const PAGE_SIZE = 25;

/** A statement of its own that counts users, or sums the account's tally of them. */
const isCount = (text: string) => /^\s*SELECT (count\(\*\)|coalesce\(sum\(users\))/i.test(text);

describe.each(TEST_DATABASES)("issue 11: the user list's count on $title", ({ kind }) => {
  const { dataset, roleOrder, db } = useCountFixture(kind, "list_count");

  /** The list's answer, and whether a count statement was sent for it. */
  async function list(query: UserListQuery, countLimit?: number) {
    const statements: RecordedStatement[] = [];
    const client = recordingClient(db().client, statements);
    const store = createPostgresStore({ client, schema: db().schema, ...(countLimit ? { countLimit } : {}) });
    const result = await store.transaction((tx) => tx.listUsers(query, roleOrder), { accountId: ACCOUNT });
    return {
      ...result,
      counted: statements.some(({ text }) => isCount(text)),
      statements: statements.map(({ text }) => text),
    };
  }

  const matching = (predicate: (user: UserManagementDataset["users"][number]) => boolean) =>
    dataset.users.filter(predicate).length;
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
    "$name: every page's total is exact; only pages that more rows follow and pages past the end are counted",
    async ({ query, expected }) => {
      expect(expected).toBeGreaterThan(0);
      const pages = Math.ceil(expected / PAGE_SIZE);
      for (let page = 1; page <= pages + 1; page += 1) {
        const result = await list({ ...query, page, pageSize: PAGE_SIZE });
        expect(result.total, `page ${page}`).toBe(expected);
        const rows = result.users.length;
        expect(rows, `page ${page}`).toBe(Math.max(0, Math.min(PAGE_SIZE, expected - (page - 1) * PAGE_SIZE)));
        const followed = page * PAGE_SIZE < expected;
        const pastTheEnd = rows === 0 && page > 1;
        // Without a search the page's own statement carries the account's tally: only a page with no
        // row to carry it asks for it on its own.
        const counted = query.search ? followed || pastTheEnd : pastTheEnd;
        expect(result.counted, `page ${page} of ${pages}: ${rows} rows`).toBe(counted);
      }
    },
  );

  it("a whole account on one page is not counted; a full first page of a larger account reads the tally with its rows", async () => {
    const onePage = await list({ page: 1, pageSize: 200 });
    expect(onePage).toMatchObject({ total: SIZE, counted: false });
    expect(onePage.users).toHaveLength(SIZE);
    const firstPage = await list({ page: 1, pageSize: PAGE_SIZE });
    expect(firstPage).toMatchObject({ total: SIZE, counted: false });
    expect(firstPage.statements).toHaveLength(1);
    expect(firstPage.statements[0]).toMatch(/user_counts/);
  });

  it("an empty result (a search no one matches) is exact without a count", async () => {
    expect(await list({ page: 1, pageSize: PAGE_SIZE, search: "no-such-person-zzz" })).toMatchObject({
      users: [],
      total: 0,
      counted: false,
    });
  });

  const KEY_SORTS: UserSort[] = (["name", "email", "lastLoginAt", "createdAt"] as const).flatMap((field) =>
    (["asc", "desc"] as const).map((direction) => ({ field, direction })),
  );

  it.each(KEY_SORTS)(
    "R1: a search's pages by $field $direction read its matches once, in one statement each, with an exact total: the same pages as walking the sort's index",
    async (sort) => {
      const search = "org";
      const matches = matching((u) => searchText(u).includes(search));
      const pages = Math.ceil(matches / PAGE_SIZE);
      expect(pages).toBeGreaterThan(1);
      for (let page = 1; page <= pages + 1; page += 1) {
        const query = { page, pageSize: PAGE_SIZE, sort, search };
        const once = await list(query);
        // A count limit below the matches makes the store walk the sort's index for the page instead.
        const walked = await list(query, 1);
        expect(
          once.users.map((user) => user.id),
          `page ${page}`,
        ).toEqual(walked.users.map((user) => user.id));
        expect(once.total, `page ${page}`).toBe(matches);
        if (page <= pages) {
          expect(once.statements, `page ${page}`).toHaveLength(1);
          expect(once.statements[0]).toMatch(/WITH matches AS MATERIALIZED/);
        }
        for (const user of once.users) expect(searchText(user)).toContain(search);
      }
    },
  );
});
