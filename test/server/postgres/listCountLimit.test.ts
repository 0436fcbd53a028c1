import { describe, expect, it } from "vitest";
import type { ListUsersResult, UserManagementDataset, UserSort } from "../../../src/adapter";
import { createPostgresStore, DEFAULT_LIST_COUNT_LIMIT } from "../../../src/server";
import type { UserListQuery } from "../../../src/server/store";
import { CONFORMANCE_CLOCK_START } from "../../../src/testing";
import { ACCOUNT_HEADER, startFullStack, VIEWER_HEADER } from "../fullStackHarness";
import { TEST_DATABASES } from "../testDatabase";
import {
  COUNT_ACCOUNT as ACCOUNT,
  COUNT_SIZE as SIZE,
  searchText,
  useCountFixture,
  withoutPasswords,
} from "./countFixture";
import { type RecordedStatement, recordingClient } from "./recordingClient";

/*
 * Issue 11, R1: a list without a search takes its total from the account's tally (`user_counts`),
 * exact at any size, and counts no user. A search counts its matches no further than the store's
 * `countLimit` (10,000 by default). Below it every total is exact, and unflagged as before; past it
 * the count stops at limit + 1 and the total is a lower bound (`totalIsLowerBound`), yet never below
 * the rows up to the page plus one when a next page exists, so the page count always reaches the next
 * page. A search of one or two letters, which no index finds, examines at most limit + 1 rows. The
 * flag crosses HTTP; the seats used are never capped. A small limit stands in for 10,000 here: the
 * same code, with 130 users.
 */

const PAGE_SIZE = 25;
const LIMIT = 50;
const LAST_PAGE = Math.ceil(SIZE / PAGE_SIZE);
/** In most users' email address: a search whose matches outnumber the limit. */
const SEARCH = "example";

type DatasetUser = UserManagementDataset["users"][number];

/** Sorts by key and by group (role, status): the two ways the store pages and counts. */
const SORTS: UserSort[] = [
  { field: "name", direction: "asc" },
  { field: "lastLoginAt", direction: "desc" },
  { field: "role", direction: "asc" },
  { field: "status", direction: "desc" },
];

describe.each(TEST_DATABASES)("issue 11: the user list's count limit on $title", ({ kind }) => {
  const { dataset, roleOrder, db } = useCountFixture(kind, "list_count_limit");

  /** The list's answer with a count limit (the default when absent), and the statements it sent. */
  async function list(query: UserListQuery, countLimit?: number, order: readonly string[] = roleOrder) {
    const statements: RecordedStatement[] = [];
    const client = recordingClient(db().client, statements);
    const store = createPostgresStore({ client, schema: db().schema, ...(countLimit ? { countLimit } : {}) });
    const result = await store.transaction((tx) => tx.listUsers(query, order), { accountId: ACCOUNT });
    return {
      result,
      counts: statements.filter(({ text }) => /count\(\*\)/i.test(text)),
      tallies: statements.filter(({ text }) => /user_counts/.test(text)),
    };
  }

  const MATCHES = dataset.users.filter((user) => searchText(user).includes(SEARCH)).length;
  const SEARCH_LAST_PAGE = Math.ceil(MATCHES / PAGE_SIZE);

  const totalOf = ({ total, totalIsLowerBound }: ListUsersResult) => ({ total, totalIsLowerBound });
  const exact = (total: number) => ({ total, totalIsLowerBound: undefined });
  const lowerBound = (total: number) => ({ total, totalIsLowerBound: true });

  it("counts to 10,000 by default, and refuses a limit that is not a whole number from 1", () => {
    expect(DEFAULT_LIST_COUNT_LIMIT).toBe(10_000);
    for (const countLimit of [0, -1, 2.5, Number.NaN]) {
      expect(() => createPostgresStore({ client: db().client, schema: db().schema, countLimit })).toThrow(RangeError);
    }
  });

  it.each(SORTS)("R1: below the limit, by $field $direction, every total is exact and unflagged", async (sort) => {
    for (const countLimit of [undefined, SIZE]) {
      for (const page of [1, 3, LAST_PAGE, LAST_PAGE + 1]) {
        const { result } = await list({ page, pageSize: PAGE_SIZE, sort }, countLimit);
        expect(result.total, `page ${page}, limit ${countLimit}`).toBe(SIZE);
        expect("totalIsLowerBound" in result, `page ${page}, limit ${countLimit}`).toBe(false);
      }
    }
  });

  it.each(SORTS)(
    "R1: past the limit, by $field $direction, a list without a search is exact from the tally, filtered or not, and counts no user",
    async (sort) => {
      const filtered = [
        { query: {}, expected: SIZE },
        { query: { roleIds: ["user"] }, expected: dataset.users.filter((user) => user.roleId === "user").length },
        {
          query: { statuses: ["active" as const, "revoked" as const] },
          expected: dataset.users.filter((user) => user.status !== "suspended").length,
        },
      ];
      for (const { query, expected } of filtered) {
        expect(expected, JSON.stringify(query)).toBeGreaterThan(PAGE_SIZE);
        for (const page of [1, 2]) {
          const { result, counts, tallies } = await list({ ...query, page, pageSize: PAGE_SIZE, sort }, LIMIT);
          expect(totalOf(result), `${JSON.stringify(query)} page ${page}`).toEqual(exact(expected));
          expect(counts, JSON.stringify(query)).toEqual([]);
          expect(tallies.length, JSON.stringify(query)).toBeGreaterThan(0);
        }
      }
    },
  );

  it.each(SORTS)(
    "R1: past the limit, by $field $direction, a search's count stops at limit + 1 and the total is a lower bound",
    async (sort) => {
      expect(MATCHES).toBeGreaterThan(LIMIT + PAGE_SIZE);
      const { result, counts } = await list({ page: 1, pageSize: PAGE_SIZE, sort, search: SEARCH }, LIMIT);
      expect(totalOf(result)).toEqual(lowerBound(LIMIT));
      expect(result.users).toHaveLength(PAGE_SIZE);
      expect(counts.length).toBeGreaterThan(0);
      // Every count reads at most limit + 1 rows: its last parameter is its LIMIT.
      for (const { text, params } of counts) {
        expect(text).toMatch(/LIMIT \$\d+\)/);
        expect(Number(params[params.length - 1]), text).toBeLessThanOrEqual(LIMIT + 1);
      }
      // One more than the limit is counted exactly.
      expect(totalOf((await list({ page: 1, pageSize: PAGE_SIZE, sort, search: SEARCH }, MATCHES - 1)).result)).toEqual(
        lowerBound(MATCHES - 1),
      );
    },
  );

  it.each(SORTS)(
    "R1: by $field $direction, a deeper page of a search counts the rows up to it and one more; the last page is exact",
    async (sort) => {
      for (let page = 1; page <= SEARCH_LAST_PAGE; page++) {
        const { result } = await list({ page, pageSize: PAGE_SIZE, sort, search: SEARCH }, LIMIT);
        const upTo = (page - 1) * PAGE_SIZE + result.users.length;
        const expected = page === SEARCH_LAST_PAGE ? exact(MATCHES) : lowerBound(Math.max(LIMIT, upTo + 1));
        expect(totalOf(result), `page ${page}`).toEqual(expected);
        // The page count reaches the next page whenever there is one.
        if (result.nextCursor) expect(Math.ceil(result.total / PAGE_SIZE)).toBeGreaterThan(page);
      }
      // Past the end: no rows. By key the count says only that the list is longer than the limit; by
      // group the count reaches the page's end, so the whole list here.
      const past = (await list({ page: SEARCH_LAST_PAGE + 2, pageSize: PAGE_SIZE, sort, search: SEARCH }, LIMIT))
        .result;
      expect(past.users).toEqual([]);
      const byGroup = sort.field === "role" || sort.field === "status";
      expect(totalOf(past)).toEqual(byGroup ? exact(MATCHES) : lowerBound(LIMIT));
    },
  );

  it.each(SORTS)(
    "R1: by $field $direction, pages of a search read by cursor carry the same totals, and the last one is exact",
    async (sort) => {
      const query = { pageSize: PAGE_SIZE, sort, search: SEARCH };
      let result = (await list({ ...query, page: 1 }, LIMIT)).result;
      for (let page = 2; page <= SEARCH_LAST_PAGE; page++) {
        expect(result.nextCursor, `page ${page - 1}`).toBeDefined();
        result = (await list({ ...query, page, after: result.nextCursor }, LIMIT)).result;
        const upTo = (page - 1) * PAGE_SIZE + result.users.length;
        const expected = page === SEARCH_LAST_PAGE ? exact(MATCHES) : lowerBound(Math.max(LIMIT, upTo + 1));
        expect(totalOf(result), `page ${page}`).toEqual(expected);
      }
      expect(result.nextCursor).toBeUndefined();
      // Back from the last page: the page read follows none of the rows it precedes.
      const previous = (await list({ ...query, page: SEARCH_LAST_PAGE - 1, before: result.prevCursor }, LIMIT)).result;
      expect(totalOf(previous)).toEqual(lowerBound((SEARCH_LAST_PAGE - 1) * PAGE_SIZE + 1));
    },
  );

  /** The users whose search text holds `term`, and how many of the first `examined` (in id order) do. */
  async function matchesOf(term: string, examined: number) {
    const byId = await db().client.query<{ id: string }>(
      `SELECT id FROM "${db().schema}".users WHERE account_id = $1 ORDER BY id LIMIT $2`,
      [ACCOUNT, examined],
    );
    const holds = (user: DatasetUser | undefined) => user !== undefined && searchText(user).includes(term);
    const byUserId = new Map(dataset.users.map((user) => [user.id, user]));
    return {
      all: dataset.users.filter(holds).length,
      amongExamined: byId.rows.filter((row) => holds(byUserId.get(row.id))).length,
    };
  }

  it.each(["a", "e", "or", "me"])(
    'R1: a search of one or two letters ("%s") counts the matches among at most limit + 1 rows, exactly below the limit',
    async (term) => {
      const { all, amongExamined } = await matchesOf(term, LIMIT + 1);
      expect(all, "the search fills more than a page").toBeGreaterThan(PAGE_SIZE);
      const { result, counts } = await list({ page: 1, pageSize: PAGE_SIZE, search: term }, LIMIT);
      expect(result.users).toHaveLength(PAGE_SIZE);
      for (const user of result.users) expect(searchText(user)).toContain(term);
      expect(totalOf(result)).toEqual(lowerBound(Math.max(Math.min(amongExamined, LIMIT), PAGE_SIZE + 1)));
      expect(result.total).toBeLessThanOrEqual(all);
      expect(counts).toHaveLength(1);
      expect(counts[0]?.text).toMatch(/AS examined[\s\S]*ORDER BY id LIMIT/);
      // Below the limit the same search is counted exactly.
      expect(totalOf((await list({ page: 1, pageSize: PAGE_SIZE, search: term }, SIZE)).result)).toEqual(exact(all));
      expect(totalOf((await list({ page: 1, pageSize: PAGE_SIZE, search: term })).result)).toEqual(exact(all));
    },
  );

  it("R1: a search of three letters or more counts its matches up to the limit (the trigram index finds them)", async () => {
    const term = "org";
    const all = dataset.users.filter((user) => searchText(user).includes(term)).length;
    expect(all).toBeGreaterThan(PAGE_SIZE);
    const limit = Math.min(LIMIT, all - 1);
    const { result, counts } = await list({ page: 1, pageSize: PAGE_SIZE, search: term }, limit);
    expect(totalOf(result)).toEqual(lowerBound(limit));
    expect(counts[0]?.text).not.toMatch(/examined[\s\S]*ORDER BY id/);
    expect(totalOf((await list({ page: 1, pageSize: PAGE_SIZE, search: term }, all)).result)).toEqual(exact(all));
  });

  it("R1: sorted by role, roles the role model lacks come last (first descending), paged and counted as the others", async () => {
    // The role model no longer lists "custom": its users form the last group.
    const order = roleOrder.filter((role) => role !== "custom");
    expect(dataset.users.some((user) => user.roleId === "custom")).toBe(true);
    for (const direction of ["asc", "desc"] as const) {
      const dir = direction.toUpperCase();
      const expected = await db().client.query<{ id: string }>(
        `SELECT id FROM "${db().schema}".users WHERE account_id = $1
         ORDER BY array_position($2::text[], role_id) ${dir} NULLS ${direction === "asc" ? "LAST" : "FIRST"}, id ${dir}`,
        [ACCOUNT, order],
      );
      const sort = { field: "role", direction } as const;
      for (const countLimit of [undefined, LIMIT]) {
        const byNumber: string[] = [];
        const byCursor: string[] = [];
        let cursor: string | undefined;
        for (let page = 1; page <= LAST_PAGE; page++) {
          const numbered = (await list({ page, pageSize: PAGE_SIZE, sort }, countLimit, order)).result;
          byNumber.push(...numbered.users.map((user) => user.id));
          const read = cursor
            ? (await list({ page, pageSize: PAGE_SIZE, sort, after: cursor }, countLimit, order)).result
            : numbered;
          byCursor.push(...read.users.map((user) => user.id));
          cursor = read.nextCursor;
          if (page === LAST_PAGE) expect(totalOf(read)).toEqual(exact(SIZE));
        }
        const ids = expected.rows.map((row) => row.id);
        expect(byNumber, `${direction}, limit ${countLimit}`).toEqual(ids);
        expect(byCursor, `${direction}, limit ${countLimit}`).toEqual(ids);
      }
    }
  });

  it("R1: totalIsLowerBound crosses HTTP to the REST adapter; the seats used are counted in full", async () => {
    const stack = await startFullStack(db(), withoutPasswords(dataset), undefined, {
      accountId: "limit-http",
      storeOptions: { countLimit: LIMIT },
    });
    const owner = stack.as("user-1");
    expect(totalOf(await owner.listUsers({ page: 1, pageSize: PAGE_SIZE, search: SEARCH }))).toEqual(lowerBound(LIMIT));
    const response = await stack.handler(
      new Request(`${stack.baseUrl}/users?page=1&pageSize=${PAGE_SIZE}&search=${SEARCH}`, {
        headers: { [VIEWER_HEADER]: "user-1", [ACCOUNT_HEADER]: "limit-http" },
      }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ total: LIMIT, totalIsLowerBound: true });
    // Exact totals carry no flag at all, as before: the list without a search, from the tally.
    for (const page of [1, LAST_PAGE]) {
      const unsearched = await owner.listUsers({ page, pageSize: PAGE_SIZE });
      expect(unsearched.total).toBe(SIZE);
      expect("totalIsLowerBound" in unsearched).toBe(false);
    }
    // R1: seats are the account's, never the list's capped count.
    const now = Date.parse(CONFORMANCE_CLOCK_START);
    const seats =
      dataset.users.filter((user) => user.status !== "revoked").length +
      dataset.invitations.filter((invitation) => Date.parse(invitation.expiresAt) > now).length;
    expect(seats).toBeGreaterThan(LIMIT);
    expect((await owner.getSession({})).account.seatsUsed).toBe(seats);
  });
});
