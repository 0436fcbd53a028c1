import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ListUsersResult, UserManagementDataset, UserSortField } from "../../../src/adapter";
import { encodeListCursor } from "../../../src/adapter/listCursor";
import { generateDataset } from "../../../src/adapters/memory";
import { isUserManagementError } from "../../../src/core/errors";
import { createPostgresStore, loadDataset } from "../../../src/server";
import type { UserListQuery } from "../../../src/server/store";
import { ACCOUNT_HEADER, BASE_PATH, startFullStack, VIEWER_HEADER } from "../fullStackHarness";
import { lazyTestDatabase, PGLITE_START_TIMEOUT, TEST_DATABASES, type TestDatabase } from "../testDatabase";

/*
 * Issue 11, R1: the PostgreSQL store pages by keyset. Next and previous pages read from a cursor
 * visit exactly the rows that paging by number does, for every sort, in both directions, across
 * ties (shared names, shared and NULL last logins, microsecond timestamps) and filters; an unreadable
 * cursor is a 422, and no cursor reaches another account's rows (R28).
 */

const A = "cursor-a";
const B = "cursor-b";
const SIZE = 240;
/** Odd, so that page edges fall inside runs of equal keys. */
const PAGE_SIZE = 7;
const SORTS: readonly UserSortField[] = ["name", "email", "lastLoginAt", "createdAt", "role", "status"];

/** Ties on purpose: ten users share one last login, ten more never logged in. */
function withTies(dataset: UserManagementDataset): UserManagementDataset {
  const users = dataset.users.map((user, index) => {
    if (index % 24 === 3) return { ...user, lastLoginAt: "2024-05-01T10:00:00.000Z" };
    if (index % 24 === 5) return { ...user, lastLoginAt: null };
    return user;
  });
  return { ...dataset, users, passwords: {} };
}

/** Account B: the same ids as A (generated datasets share them), its own addresses. */
function accountB(): UserManagementDataset {
  const dataset = generateDataset({ size: SIZE, seed: 22 });
  const users = dataset.users.map((user) => ({ ...user, email: user.email.replace(/@.*/, "@b.example") }));
  return { ...dataset, users, passwords: {} };
}

describe.each(TEST_DATABASES)("issue 11: keyset paging on $title", ({ kind }) => {
  const database = lazyTestDatabase(kind, `list_cursor_${process.pid}`);
  let db: TestDatabase;
  const dataset = withTies(generateDataset({ size: SIZE, seed: 21 }));
  const roleOrder = dataset.roleModel.roles.map((role) => role.id);

  beforeAll(async () => {
    db = await database();
    await loadDataset(db.client, dataset, { schema: db.schema, accountId: A });
    await loadDataset(db.client, accountB(), { schema: db.schema, accountId: B });
    // Microseconds, which a JavaScript Date cannot hold: a cursor must keep them to resume exactly.
    await db.client.query(
      `UPDATE "${db.schema}".users SET last_login_at = last_login_at + interval '123 microseconds',
         created_at = created_at + (substr(id, 6)::int % 5) * interval '1 microsecond'
       WHERE account_id = $1 AND substr(id, 6)::int % 3 = 0`,
      [A],
    );
  }, PGLITE_START_TIMEOUT + 60_000);
  afterAll(async () => (await database()).close());

  const list = (query: UserListQuery, accountId = A) =>
    createPostgresStore({ client: db.client, schema: db.schema }).transaction((tx) => tx.listUsers(query, roleOrder), {
      accountId,
    });
  const ids = (result: ListUsersResult) => result.users.map((user) => user.id);

  async function pagesByOffset(query: Omit<UserListQuery, "page">): Promise<string[][]> {
    const first = await list({ ...query, page: 1 });
    const pages = [ids(first)];
    for (let page = 2; page <= Math.ceil(first.total / PAGE_SIZE); page++)
      pages.push(ids(await list({ ...query, page })));
    return pages;
  }

  const cases: [string, Omit<UserListQuery, "page">][] = SORTS.flatMap((field) =>
    (["asc", "desc"] as const).map((direction): [string, Omit<UserListQuery, "page">] => [
      `${field} ${direction}`,
      { pageSize: PAGE_SIZE, sort: { field, direction } },
    ]),
  );
  cases.push(
    ["name asc, searched", { pageSize: PAGE_SIZE, search: "an" }],
    [
      "last login desc, filtered by role and status",
      {
        pageSize: PAGE_SIZE,
        sort: { field: "lastLoginAt", direction: "desc" },
        roleIds: ["user", "custom"],
        statuses: ["active"],
      },
    ],
  );

  it.each(cases)("R1: %s: next and previous by cursor visit the pages paging by number does", async (_, query) => {
    const expected = await pagesByOffset(query);
    expect(expected.length).toBeGreaterThan(3);
    const forward: ListUsersResult[] = [await list({ ...query, page: 1 })];
    while (forward[forward.length - 1]?.nextCursor !== undefined) {
      const after = forward[forward.length - 1]?.nextCursor;
      forward.push(await list({ ...query, page: forward.length + 1, after }));
    }
    expect(forward.map(ids)).toEqual(expected);
    expect(new Set(forward.map((page) => page.total))).toEqual(new Set([forward[0]?.total]));

    const backward = [forward[forward.length - 1] as ListUsersResult];
    while (backward[0]?.prevCursor !== undefined) {
      backward.unshift(
        await list({ ...query, page: expected.length - backward.length, before: backward[0].prevCursor }),
      );
    }
    expect(backward.map(ids)).toEqual(expected);
  });

  it("R1: a jump to any page by number carries the cursors to page on from there", async () => {
    const query = { pageSize: PAGE_SIZE, sort: { field: "lastLoginAt", direction: "asc" } } as const;
    const [fifth, sixth, fourth] = await Promise.all([5, 6, 4].map((page) => list({ ...query, page })));
    expect(ids(await list({ ...query, page: 6, after: fifth?.nextCursor }))).toEqual(ids(sixth as ListUsersResult));
    expect(ids(await list({ ...query, page: 4, before: fifth?.prevCursor }))).toEqual(ids(fourth as ListUsersResult));
  });

  it("R1: a cursor whose row was deleted still resumes right after where it was", async () => {
    const query = { pageSize: PAGE_SIZE, sort: { field: "name", direction: "asc" } } as const;
    const [second, third] = await Promise.all([2, 3].map((page) => list({ ...query, page })));
    const gone = second?.users[second.users.length - 1]?.id as string;
    await db.client.query(`UPDATE "${db.schema}".users SET account_id = 'parked' WHERE account_id = $1 AND id = $2`, [
      A,
      gone,
    ]);
    try {
      expect(ids(await list({ ...query, page: 3, after: second?.nextCursor }))).toEqual(ids(third as ListUsersResult));
    } finally {
      await db.client.query(`UPDATE "${db.schema}".users SET account_id = $1 WHERE account_id = 'parked'`, [A]);
    }
  });

  it("R28: a cursor made in another account, or forged from its rows, reads the caller's own rows only", async () => {
    const query = { pageSize: PAGE_SIZE, sort: { field: "email", direction: "asc" } } as const;
    const theirs = await list({ ...query, page: 3 }, B);
    const forged = encodeListCursor({ field: "email", direction: "asc", key: "", id: "" + "user-1" });
    for (const after of [theirs.nextCursor, forged]) {
      const result = await list({ ...query, page: 4, after }, A);
      expect(result.users.length).toBeGreaterThan(0);
      expect(result.users.filter((user) => user.email.endsWith("@b.example"))).toEqual([]);
      expect(result.total).toBe(SIZE);
    }
  });

  const sort = { field: "lastLoginAt", direction: "desc" } as const;
  const byName = { field: "name", direction: "asc" } as const;
  const forgedCursors: [string, Partial<UserListQuery>][] = [
    ["not base64url", { after: "not a cursor!" }],
    ["base64url of no JSON", { after: "bm90LWpzb24" }],
    ["JSON of another shape", { after: btoa('{"id":"user-1"}').replace(/=+$/, "") }],
    ["a cursor of another sort", { after: encodeListCursor({ ...byName, key: "a", id: "user-1" }) }],
    [
      "a date that is no date",
      { after: encodeListCursor({ ...sort, key: "2024-13-45T99:00:00.000000Z", id: "user-1" }) },
    ],
    ["a date in another format", { after: encodeListCursor({ ...sort, key: "yesterday", id: "user-1" }) }],
    ["a NULL key where none can be", { sort: byName, before: encodeListCursor({ ...byName, key: null, id: "x" }) }],
    ["both after and before", { after: encodeListCursor({ ...sort, key: null, id: "x" }), before: "YQ" }],
  ];

  it.each(forgedCursors)("R31: %s is refused with validation, naming the parameter", async (_, cursor) => {
    const failure = await list({ page: 2, pageSize: PAGE_SIZE, sort, ...cursor }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(isUserManagementError(failure) && failure.code).toBe("validation");
    if (isUserManagementError(failure)) expect(Object.keys(failure.fieldErrors ?? {}).join()).toMatch(/after|before/);
  });

  it("R31: over HTTP a forged cursor is a 422 with field errors, never a 500", async () => {
    const stack = await startFullStack(db, generateDataset({ size: 12, seed: 23 }), undefined, {
      accountId: "cursor-http",
    });
    const date = encodeListCursor({ ...sort, key: "2024-02-30T10:00:00.000000Z", id: "user-1" });
    for (const after of ["%00", "x".repeat(2000), "bm90LWpzb24", date]) {
      const response = await stack.handler(
        new Request(`http://backend.test${BASE_PATH}/users?sort=lastLoginAt&direction=desc&page=2&after=${after}`, {
          headers: { [VIEWER_HEADER]: "user-1", [ACCOUNT_HEADER]: "cursor-http" },
        }),
      );
      expect(response.status, after.slice(0, 40)).toBe(422);
      const { error } = (await response.json()) as { error: { code: string; fieldErrors?: Record<string, string> } };
      expect(error.code).toBe("validation");
      expect(Object.keys(error.fieldErrors ?? {})).toEqual(["after"]);
    }
  });
});
