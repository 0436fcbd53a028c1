import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { UserManagementDataset, UserSortField } from "../../../src/adapter";
import { generateDataset } from "../../../src/adapters/memory";
import { createPostgresStore, loadDataset, type SqlClient } from "../../../src/server";
import type { UserListQuery } from "../../../src/server/store";
import { lazyTestDatabase, PGLITE_START_TIMEOUT, TEST_DATABASES, type TestDatabase } from "../testDatabase";
import { type RecordedStatement, recordingClient } from "./recordingClient";

/*
 * Issue 11: the user list of a large account, among others, is answered from indexes (migration 4),
 * never by reading the users table through. The statements are the ones listUsers issues (recorded
 * from a real call), explained with their parameters; the plans are asserted, not the times, so the
 * test does not depend on the machine.
 */

const BIG = "big-account";
const OTHER = "other-account";
// The large account is half the table, as one large account among many small ones would be: when
// one account is nearly the whole table, a full count is cheapest read straight through (PostgreSQL
// rightly prefers a Seq Scan there), and that is the count's own issue, not the list's.
const BIG_SIZE = 16_000;
const OTHER_SIZE = 16_000;
const PAGE_SIZE = 25;
/** A page deep in the list: row 10,000 onwards (in the middle of a role). */
const DEEP_PAGE = 401;

/** No passwords: hashing is not what this test is about. */
const withoutPasswords = (dataset: UserManagementDataset): UserManagementDataset => ({ ...dataset, passwords: {} });

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  Plans?: PlanNode[];
}

function* planNodes(node: PlanNode): Generator<PlanNode> {
  yield node;
  for (const child of node.Plans ?? []) yield* planNodes(child);
}

/** A row of `EXPLAIN (FORMAT JSON)`: parsed by `pg`, text from PGlite. */
type ExplainRow = { "QUERY PLAN": [{ Plan: PlanNode }] | string };

function planOf(text: string, rows: ExplainRow[]): PlanNode[] {
  const raw = rows[0]?.["QUERY PLAN"];
  const [plan] = typeof raw === "string" ? (JSON.parse(raw) as [{ Plan: PlanNode }]) : (raw ?? []);
  if (!plan) throw new Error(`No plan for ${text}`);
  return [...planNodes(plan.Plan)];
}

/** A statement's parameter as an SQL literal, for `EXECUTE`. */
function sqlLiteral(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return `ARRAY[${value.map(sqlLiteral).join(", ")}]::text[]`;
  return `'${String(value).replaceAll("'", "''")}'`;
}

/** Runs `work` on the store, returning the statements it sent about users (not the transaction's SET LOCALs). */
async function recordStatements(
  client: SqlClient,
  schema: string,
  work: Parameters<ReturnType<typeof createPostgresStore>["transaction"]>[0],
): Promise<RecordedStatement[]> {
  const statements: RecordedStatement[] = [];
  await createPostgresStore({ client: recordingClient(client, statements), schema }).transaction(work, {
    accountId: BIG,
  });
  return statements;
}

/** A keyset page: the cursor of `page`'s last row (next) or first row (previous), as the store gave it. */
type CursorFrom = { page: number; side: "after" | "before" };
type Case = {
  name: string;
  query: Omit<UserListQuery, "pageSize">;
  indexes: string[];
  cursorFrom?: CursorFrom;
  /** The offset is walked in this index alone (an Index Only Scan), the table read for the page only. */
  indexOnly?: string;
};

const SORTS: [UserSortField, string][] = [
  ["name", "users_name_order"],
  ["email", "users_email_order"],
  ["lastLoginAt", "users_last_login_at"],
  ["createdAt", "users_created_at"],
  ["role", "users_role_order"],
  ["status", "users_status_order"],
];

const CASES: Case[] = [
  { name: "search", query: { page: 1, search: "smi" }, indexes: ["users_search"] },
  { name: "search, deep", query: { page: 5, search: "son" }, indexes: ["users_search"] },
  // One or two letters, too short for trigrams: the page walks the sort's index and stops at the page;
  // the count examines at most 10,001 of the account's rows.
  { name: "search of one letter", query: { page: 1, search: "a" }, indexes: ["users_name_order"] },
  { name: "search of two letters", query: { page: 1, search: "an" }, indexes: ["users_name_order"] },
  {
    name: "search of two letters, sort by last login",
    query: { page: 1, search: "an", sort: { field: "lastLoginAt", direction: "desc" } },
    indexes: ["users_last_login_at"],
  },
  ...SORTS.flatMap(([field, index]) =>
    (["asc", "desc"] as const).flatMap((direction) => [
      { name: `sort by ${field} ${direction}`, query: { page: 1, sort: { field, direction } }, indexes: [index] },
      {
        name: `sort by ${field} ${direction}, page ${DEEP_PAGE}`,
        query: { page: DEEP_PAGE, sort: { field, direction } },
        indexes: [index],
        // Every key index holds its key and the id, so the offset needs no row; but PostgreSQL
        // reads an expression's index (the email's) only with the rows.
        ...(field === "email" ? {} : { indexOnly: index }),
      },
      // Next and previous from a deep page: keyset, from the cursor, with no OFFSET.
      ...(["after", "before"] as const).map((side) => ({
        name: `sort by ${field} ${direction}, ${side === "after" ? "next" : "previous"} page from page ${DEEP_PAGE} (cursor)`,
        query: { page: side === "after" ? DEEP_PAGE + 1 : DEEP_PAGE - 1, sort: { field, direction } },
        indexes: [index],
        cursorFrom: { page: DEEP_PAGE, side },
      })),
    ]),
  ),
  // The page walks the sort's index or the filter's, as the planner finds cheaper; the total is the
  // account's tally, which reads no user.
  { name: "role filter", query: { page: 1, roleIds: ["administrator"] }, indexes: [] },
  { name: "status filter", query: { page: 1, statuses: ["suspended"] }, indexes: [] },
  {
    name: "search, role filter, sort by last login",
    query: { page: 1, search: "smi", roleIds: ["user"], sort: { field: "lastLoginAt", direction: "desc" } },
    indexes: [],
  },
];

describe.each(TEST_DATABASES)("issue 11: the user list's plans on $title", ({ kind }) => {
  const database = lazyTestDatabase(kind, `list_plans_${process.pid}`);
  let db: TestDatabase;
  const big = generateDataset({ size: BIG_SIZE, seed: 11 });
  const roleOrder = big.roleModel.roles.map((role) => role.id);

  beforeAll(async () => {
    db = await database();
    await loadDataset(db.client, withoutPasswords(big), { schema: db.schema, accountId: BIG });
    const other = generateDataset({ size: OTHER_SIZE, seed: 12 });
    await loadDataset(db.client, withoutPasswords(other), { schema: db.schema, accountId: OTHER });
    // As autovacuum leaves a table: statistics, and the visibility map that index-only scans read.
    await db.client.query(`VACUUM ANALYZE "${db.schema}".users`);
  }, PGLITE_START_TIMEOUT + 120_000);
  afterAll(async () => (await database()).close());

  /** The query, with the cursor it pages from when it is a keyset case. */
  async function withCursor(query: Case["query"], cursorFrom?: CursorFrom): Promise<Case["query"]> {
    if (!cursorFrom) return query;
    const from = await createPostgresStore({ client: db.client, schema: db.schema }).transaction(
      (tx) => tx.listUsers({ ...query, page: cursorFrom.page, pageSize: PAGE_SIZE }, roleOrder),
      { accountId: BIG },
    );
    const cursor = cursorFrom.side === "after" ? from.nextCursor : from.prevCursor;
    expect(cursor, "the deep page carries its cursors").toBeDefined();
    return { ...query, [cursorFrom.side]: cursor };
  }

  /**
   * The plan PostgreSQL reuses for a prepared statement once it finds it no worse than planning each
   * run: made for no value of its parameters (`plan_cache_mode = force_generic_plan`).
   */
  async function genericPlan(text: string, params: unknown[]): Promise<PlanNode[]> {
    return db.client.transaction(async (tx) => {
      await tx.query("SET LOCAL plan_cache_mode = force_generic_plan");
      await tx.query(`PREPARE list_plan AS ${text}`);
      const values = params.length > 0 ? `(${params.map(sqlLiteral).join(", ")})` : "";
      const { rows } = await tx.query<ExplainRow>(`EXPLAIN (FORMAT JSON) EXECUTE list_plan${values}`);
      await tx.query("DEALLOCATE list_plan");
      return planOf(text, rows);
    });
  }

  async function plans(query: Case["query"]) {
    const statements = await recordStatements(db.client, db.schema, (tx) =>
      tx.listUsers({ ...query, pageSize: PAGE_SIZE }, roleOrder),
    );
    // R1: a page read from a cursor skips nothing: no statement walks an offset.
    if (query.after ?? query.before) {
      for (const { text } of statements) expect(text).not.toMatch(/\bOFFSET\b/);
    }
    // The page, and its count unless the page is the last one (a short page needs none).
    expect(statements.length).toBeGreaterThanOrEqual(1);
    const explained: { text: string; nodes: PlanNode[] }[] = [];
    for (const { text, params, prepared } of statements) {
      const { rows } = await db.client.query<ExplainRow>(`EXPLAIN (FORMAT JSON) ${text}`, params);
      explained.push({ text, nodes: planOf(text, rows) });
      // A prepared statement soon runs a plan made for no value of its parameters: that one too.
      if (prepared) explained.push({ text: `generic plan of ${text}`, nodes: await genericPlan(text, params) });
    }
    return explained;
  }

  it.each(CASES)(
    "$name: every statement reads users through an index, never a Seq Scan, or reads only the tally",
    async ({ query, indexes, cursorFrom, indexOnly }) => {
      const explained = await plans(await withCursor(query, cursorFrom));
      if (indexOnly) {
        const walked = explained.flatMap(({ nodes }) => nodes).filter((node) => node["Index Name"] === indexOnly);
        expect(
          walked.map((node) => node["Node Type"]),
          JSON.stringify(explained, null, 1),
        ).toContain("Index Only Scan");
      }
      // A statement reading users is planned for its account and values on every run, never prepared
      // (its best plan depends on the account's size); the tally, read by key, may be, and then its
      // generic plan is explained above too.
      const generic = explained.filter(({ text }) => text.startsWith("generic plan of "));
      for (const { text } of generic) expect(text).not.toMatch(/\.users\b/);
      const used = new Set<string>();
      for (const { text, nodes } of explained) {
        const scans = nodes.filter((node) => node["Relation Name"] === "users");
        // The account's tally alone (user_counts, a dozen rows per account): no user read.
        if (scans.length === 0 && nodes.some((node) => node["Relation Name"] === "user_counts")) continue;
        expect(scans.length, text).toBeGreaterThan(0);
        for (const scan of scans) {
          expect(scan["Node Type"], `${text}\n${JSON.stringify(nodes, null, 1)}`).not.toBe("Seq Scan");
        }
        for (const node of nodes) if (node["Index Name"]) used.add(node["Index Name"]);
      }
      for (const index of indexes) expect([...used], JSON.stringify(explained, null, 1)).toContain(index);
    },
  );

  it("a page of a sort by role or status spans the groups at its edges as ORDER BY array_position did", async () => {
    const store = createPostgresStore({ client: db.client, schema: db.schema });
    const statusOrder = ["active", "suspended", "revoked"];
    for (const [field, order, column] of [
      ["role", roleOrder, "role_id"],
      ["status", statusOrder, "status"],
    ] as const) {
      for (const direction of ["asc", "desc"] as const) {
        const counts = await db.client.query<{ count: number | string }>(
          `SELECT count(*) AS count FROM "${db.schema}".users WHERE account_id = $1 GROUP BY ${column}
           ORDER BY array_position($2::text[], ${column})`,
          [BIG, order],
        );
        // The page holding the first group's last row (and the next group's first), and the last page.
        const firstGroup = Number(counts.rows[direction === "asc" ? 0 : counts.rows.length - 1]?.count);
        const pages = [Math.ceil(firstGroup / PAGE_SIZE), Math.ceil(BIG_SIZE / PAGE_SIZE), 1];
        for (const page of pages) {
          const { users, total, totalIsLowerBound } = await store.transaction(
            (tx) => tx.listUsers({ page, pageSize: PAGE_SIZE, sort: { field, direction } }, roleOrder),
            { accountId: BIG },
          );
          const dir = direction.toUpperCase();
          const expected = await db.client.query<{ id: string }>(
            `SELECT id FROM "${db.schema}".users WHERE account_id = $1
             ORDER BY array_position($2::text[], ${column}) ${dir}, id ${dir} LIMIT $3 OFFSET $4`,
            [BIG, order, PAGE_SIZE, (page - 1) * PAGE_SIZE],
          );
          // R1: without a search, the groups' sizes and the total are the account's tally: exact.
          expect({ total, totalIsLowerBound }).toEqual({ total: BIG_SIZE, totalIsLowerBound: undefined });
          expect(
            users.map((user) => user.id),
            `${field} ${direction} page ${page}`,
          ).toEqual(expected.rows.map((row) => row.id));
        }
      }
    }
  });
});
