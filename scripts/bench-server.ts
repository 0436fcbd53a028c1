/**
 * `npm run bench:server`: the PostgreSQL store's user list (issue 11) on an account of 100,000 users
 * among other accounts, on PostgreSQL (DATABASE_URL) and PGlite, side by side in one run, three ways:
 * - "no index": the very same statements with index access turned off for the transaction
 *   (`SET LOCAL enable_indexscan/enable_indexonlyscan/enable_bitmapscan = off`), so the planner reads
 *   the table through, as it did before migration 4;
 * - "exact count": with the indexes, counting every match of a search (`countLimit` past any account's
 *   size), as the list did before it counted to 10,000 only (a list without a search reads the
 *   account's tally, `user_counts`, either way);
 * - "store": as the store runs by default: indexes, the tally, and a search's count that stops at 10,000.
 * Then the count statement alone, counting every match against stopping at 10,000 (the statement a
 * list without a search no longer sends: the tally holds its total). Medians of
 * alternated runs; figures, not pass/fail.
 *
 * BENCH_USERS (100000), BENCH_OTHER_ACCOUNTS (999) × BENCH_OTHER_USERS (50): the account among
 * 1,000, BENCH_RUNS (11), BENCH_PGLITE=0 to skip PGlite, BENCH_EXPLAIN=1 to print EXPLAIN ANALYZE of the short searches'
 * statements (to stderr).
 */

import { PGlite } from "@electric-sql/pglite";
import { btree_gin } from "@electric-sql/pglite/contrib/btree_gin";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import pg from "pg";
import type { UserSortField } from "../src/adapter";
import { generateDataset } from "../src/adapters/memory";
import {
  createPostgresStore,
  DEFAULT_LIST_COUNT_LIMIT,
  loadDataset,
  migrate,
  pgPoolClient,
  type SqlClient,
  type SqlQueryable,
} from "../src/server";
import { listCountSql, userListSql } from "../src/server/postgres/userListSql";
import type { UserListQuery } from "../src/server/store";

const USERS = Number(process.env.BENCH_USERS ?? 100_000);
const OTHER_ACCOUNTS = Number(process.env.BENCH_OTHER_ACCOUNTS ?? 999);
const OTHER_USERS = Number(process.env.BENCH_OTHER_USERS ?? 50);
const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const PAGE_SIZE = 25;
const EXPLAIN = process.env.BENCH_EXPLAIN === "1";
const BIG = "bench-big";
// One schema per run: two runs at once on one database do not drop each other's tables.
const SCHEMA = `bench_server_${process.pid}`;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** The same client with every index access off in each transaction: the table read through. */
function withoutIndexes(client: SqlClient): SqlClient {
  return {
    query: (text, params) => client.query(text, params),
    transaction: (work, options) =>
      client.transaction(async (tx) => {
        for (const setting of ["enable_indexscan", "enable_indexonlyscan", "enable_bitmapscan"]) {
          await tx.query(`SELECT set_config('${setting}', 'off', true)`);
        }
        return work(tx);
      }, options),
  };
}

/** The same client, recording the statements each transaction sends about users. */
function recording(client: SqlClient, statements: { text: string; params: unknown[] }[]): SqlClient {
  const record = (tx: SqlQueryable): SqlQueryable => ({
    query: (text, params) => {
      if (/\.users\b/.test(text)) statements.push({ text, params: params ?? [] });
      return tx.query(text, params);
    },
  });
  return { query: client.query, transaction: (work, options) => client.transaction((tx) => work(record(tx)), options) };
}

const SORTS: UserSortField[] = ["name", "email", "lastLoginAt", "createdAt", "role", "status"];
/** A keyset case: the query pages on from the nextCursor of this page (the one it follows). */
type Case = [string, Omit<UserListQuery, "pageSize">, { nextFrom: number }?];
/** Searches of one or two letters: no trigram narrows them (BENCH_EXPLAIN prints their plans). */
const SHORT_SEARCHES: Case[] = [
  ['search "a" (1 letter)', { page: 1, search: "a" }],
  ['search "an" (2 letters)', { page: 1, search: "an" }],
  ['search "an", sort role', { page: 1, search: "an", sort: { field: "role", direction: "asc" } }],
  ['search "qx" (2 letters, no match)', { page: 1, search: "qx" }],
];
const CASES: Case[] = [
  ["first page (name)", { page: 1 }],
  ['search "smi"', { page: 1, search: "smi" }],
  ['search "lovelace"', { page: 1, search: "lovelace" }],
  ...SHORT_SEARCHES,
  ...SORTS.flatMap((field): Case[] => [
    [`sort ${field} asc`, { page: 1, sort: { field, direction: "asc" } }],
    [`sort ${field} desc`, { page: 1, sort: { field, direction: "desc" } }],
  ]),
  ["role filter (administrator)", { page: 1, roleIds: ["administrator"] }],
  ["status filter (suspended)", { page: 1, statuses: ["suspended"] }],
  ["page 1,000 (name)", { page: 1_000 }],
  ["page 1,000 (last login desc)", { page: 1_000, sort: { field: "lastLoginAt", direction: "desc" } }],
  ["page 1,000 (role)", { page: 1_000, sort: { field: "role", direction: "asc" } }],
  // Next page from page 1,000 by keyset: what "Next" costs once the page shown carries its cursor.
  ["next page (cursor) from page 1,000 (name)", { page: 1_001 }, { nextFrom: 1_000 }],
  [
    "next page (cursor) from page 1,000 (last login desc)",
    { page: 1_001, sort: { field: "lastLoginAt", direction: "desc" } },
    { nextFrom: 1_000 },
  ],
  [
    "next page (cursor) from page 1,000 (role)",
    { page: 1_001, sort: { field: "role", direction: "asc" } },
    { nextFrom: 1_000 },
  ],
];

/** How each case ran: without indexes, with them counting every match, and as the store runs. */
const KINDS = ["noIndex", "exactCount", "store"] as const;
type Kind = (typeof KINDS)[number];
type Results = Map<string, Record<Kind, number>>;

/** Filters the count statement is timed on alone (COUNT of every match against the store's capped count). */
const COUNTS: [string, Omit<UserListQuery, "page" | "pageSize">][] = [
  ["no filter", {}],
  ['search "smi"', { search: "smi" }],
  ['search "an" (2 letters)', { search: "an" }],
  ['search "a" (1 letter)', { search: "a" }],
  ["role filter (user)", { roleIds: ["user"] }],
  ["status filter (active)", { statuses: ["active"] }],
];
type CountResults = Map<string, { every: number; capped: number; total: number; counted: string }>;

/** The cursor "Next" sends from page `page` of the list. */
async function nextCursorOf(
  store: ReturnType<typeof createPostgresStore>,
  query: Omit<UserListQuery, "pageSize">,
  page: number,
  roleOrder: readonly string[],
): Promise<string> {
  const { nextCursor } = await store.transaction(
    (tx) => tx.listUsers({ ...query, page, pageSize: PAGE_SIZE }, roleOrder),
    {
      accountId: BIG,
    },
  );
  if (!nextCursor) throw new Error(`Page ${page} carries no nextCursor.`);
  return nextCursor;
}

/** BENCH_EXPLAIN: EXPLAIN ANALYZE of every statement a short search sends, to stderr. */
async function explainShortSearches(name: string, client: SqlClient, roleOrder: readonly string[]): Promise<void> {
  for (const [label, query] of SHORT_SEARCHES) {
    const statements: { text: string; params: unknown[] }[] = [];
    await createPostgresStore({ client: recording(client, statements), schema: SCHEMA }).transaction(
      (tx) => tx.listUsers({ ...query, pageSize: PAGE_SIZE }, roleOrder),
      { accountId: BIG },
    );
    for (const { text, params } of statements) {
      const { rows } = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, COSTS OFF) ${text}`, params);
      console.error(`\n${name}, ${label}:\n${text}\n${rows.map((row) => row["QUERY PLAN"]).join("\n")}`);
    }
  }
}

/** A capped count as the list reports it: exact, or past the limit a lower bound ("10,000+"). */
const shownCount = (count: number, examined: number) =>
  examined > DEFAULT_LIST_COUNT_LIMIT
    ? `${Math.min(count, DEFAULT_LIST_COUNT_LIMIT).toLocaleString("en")}+`
    : count.toLocaleString("en");

/** The count statement alone: every match counted, against the store's count that stops at 10,000. */
async function benchCounts(client: SqlClient, roleOrder: readonly string[]): Promise<CountResults> {
  const results: CountResults = new Map();
  for (const [label, filters] of COUNTS) {
    const sql = userListSql(BIG, { ...filters, page: 1, pageSize: PAGE_SIZE }, roleOrder);
    const every = { text: `SELECT count(*) AS count FROM ${SCHEMA}.users ${sql.where}`, params: sql.whereParams };
    const capped = listCountSql(SCHEMA, sql, DEFAULT_LIST_COUNT_LIMIT);
    const times = { every: [] as number[], capped: [] as number[] };
    let total = 0;
    let counted = "";
    for (let run = -1; run < RUNS; run++) {
      for (const [kind, statement] of [
        ["every", every],
        ["capped", capped],
      ] as const) {
        const start = performance.now();
        const { rows } = await client.query<{ count: number | string; examined?: number | string }>(
          statement.text,
          statement.params,
        );
        if (run >= 0) times[kind].push(performance.now() - start);
        const [row] = rows;
        if (kind === "every") total = Number(row?.count);
        else counted = shownCount(Number(row?.count), Number(row?.examined));
      }
    }
    results.set(label, { every: median(times.every), capped: median(times.capped), total, counted });
  }
  return results;
}

/** How long each database took to load, printed with the results. */
const loaded: string[] = [];

async function bench(name: string, client: SqlClient): Promise<{ lists: Results; counts: CountResults }> {
  let start = performance.now();
  await client.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
  await migrate(client, { schema: SCHEMA });
  const big = generateDataset({ size: USERS, seed: 11 });
  const loadStart = performance.now();
  await loadDataset(client, { ...big, passwords: {} }, { schema: SCHEMA, accountId: BIG });
  const loadBig = (performance.now() - loadStart) / 1000;
  for (let i = 0; i < OTHER_ACCOUNTS; i++) {
    const other = generateDataset({ size: OTHER_USERS, seed: 100 + i });
    await loadDataset(client, { ...other, passwords: {} }, { schema: SCHEMA, accountId: `bench-other-${i}` });
  }
  await client.query(`VACUUM ANALYZE ${SCHEMA}.users`);
  loaded.push(
    `${name}: loadDataset of the ${USERS.toLocaleString("en")}-user account ${loadBig.toFixed(1)} s (goal ≤ 10 s); ` +
      `everything, with the ${OTHER_ACCOUNTS} × ${OTHER_USERS} others and VACUUM ANALYZE, ${((performance.now() - start) / 1000).toFixed(1)} s`,
  );
  console.error(loaded.at(-1));
  const roleOrder = big.roleModel.roles.map((role) => role.id);
  const stores: Record<Kind, ReturnType<typeof createPostgresStore>> = {
    noIndex: createPostgresStore({ client: withoutIndexes(client), schema: SCHEMA }),
    exactCount: createPostgresStore({ client, schema: SCHEMA, countLimit: Number.MAX_SAFE_INTEGER }),
    store: createPostgresStore({ client, schema: SCHEMA }),
  };
  if (EXPLAIN) await explainShortSearches(name, client, roleOrder);
  const lists: Results = new Map();
  for (const [label, caseQuery, keyset] of CASES) {
    const times: Record<Kind, number[]> = { noIndex: [], exactCount: [], store: [] };
    const query = keyset
      ? { ...caseQuery, after: await nextCursorOf(stores.store, caseQuery, keyset.nextFrom, roleOrder) }
      : caseQuery;
    // One warm-up of each, then alternated runs.
    for (let run = -1; run < RUNS; run++) {
      for (const kind of KINDS) {
        start = performance.now();
        await stores[kind].transaction((tx) => tx.listUsers({ ...query, pageSize: PAGE_SIZE }, roleOrder), {
          accountId: BIG,
        });
        if (run >= 0) times[kind].push(performance.now() - start);
      }
    }
    lists.set(label, {
      noIndex: median(times.noIndex),
      exactCount: median(times.exactCount),
      store: median(times.store),
    });
    console.error(`${name}: ${label} done`);
  }
  const counts = await benchCounts(client, roleOrder);
  await client.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
  return { lists, counts };
}

const columns: [string, Awaited<ReturnType<typeof bench>>][] = [];
if (process.env.DATABASE_URL) {
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 4 });
  columns.push(["PostgreSQL", await bench("PostgreSQL", pgPoolClient(pool))]);
  await pool.end();
} else {
  console.error("DATABASE_URL is not set: PostgreSQL skipped.");
}
if (process.env.BENCH_PGLITE !== "0") {
  const db = await PGlite.create({ extensions: { pg_trgm, btree_gin } });
  columns.push(["PGlite", await bench("PGlite", db)]);
  await db.close();
}

/** Prints rows under a header, the first column left-aligned and the others right-aligned. */
function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((title, index) => Math.max(title.length, ...rows.map((row) => row[index]?.length ?? 0)));
  for (const row of [header, ...rows]) {
    console.log(
      row
        .map((cell, index) => (index === 0 ? cell.padEnd(widths[index] ?? 0) : cell.padStart(widths[index] ?? 0)))
        .join("  "),
    );
  }
}

const ms = (value: number | undefined) => (value === undefined ? "" : value.toFixed(1));
const times = (slow: number | undefined, fast: number | undefined) =>
  slow === undefined || fast === undefined ? "" : `${(slow / fast).toFixed(1)}×`;
console.log(`\n${loaded.join("\n")}`);
console.log(
  `\nlistUsers, ${PAGE_SIZE} per page, account of ${USERS.toLocaleString("en")} users among ${OTHER_ACCOUNTS} others ` +
    `of ${OTHER_USERS}: median ms of ${RUNS} runs. No index: the table read through; exact count: indexes, every ` +
    `search match counted; store: indexes, the tally without a search, a search counted to ` +
    `${DEFAULT_LIST_COUNT_LIMIT.toLocaleString("en")}; ×: no index / store\n`,
);
printTable(
  ["case", ...columns.flatMap(([name]) => [`${name} no index`, "exact count", "store", "×"])],
  CASES.map(([label]) => [
    label,
    ...columns.flatMap(([, { lists }]) => {
      const result = lists.get(label);
      return [ms(result?.noIndex), ms(result?.exactCount), ms(result?.store), times(result?.noIndex, result?.store)];
    }),
  ]),
);
console.log(
  `\nThe count statement alone, with the indexes: every match counted, against counted to ` +
    `${DEFAULT_LIST_COUNT_LIMIT.toLocaleString("en")} (a search of one or two letters examines that many rows); ` +
    `median ms of ${RUNS} runs\n`,
);
printTable(
  ["count", ...columns.flatMap(([name]) => [`${name} every`, "total", "capped", "counted", "×"])],
  COUNTS.map(([label]) => [
    label,
    ...columns.flatMap(([, { counts }]) => {
      const result = counts.get(label);
      return [
        ms(result?.every),
        result ? result.total.toLocaleString("en") : "",
        ms(result?.capped),
        result?.counted ?? "",
        times(result?.every, result?.capped),
      ];
    }),
  ]),
);
