/**
 * `npm run bench:server`: the PostgreSQL store's user list (issue 11) on an account of 100,000 users
 * among other accounts, on PostgreSQL (DATABASE_URL) and PGlite, with and without its indexes, side
 * by side in one run. "Without" runs the very same statements with index access turned off for the
 * transaction (`SET LOCAL enable_indexscan/enable_indexonlyscan/enable_bitmapscan = off`), so the
 * planner reads the table through, as it did before migration 4. Medians of alternated runs; figures,
 * not pass/fail.
 *
 * BENCH_USERS (100000), BENCH_OTHER_ACCOUNTS (100) × BENCH_OTHER_USERS (500), BENCH_RUNS (11),
 * BENCH_PGLITE=0 to skip PGlite.
 */

import { PGlite } from "@electric-sql/pglite";
import { btree_gin } from "@electric-sql/pglite/contrib/btree_gin";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import pg from "pg";
import type { UserSortField } from "../src/adapter";
import { generateDataset } from "../src/adapters/memory";
import { createPostgresStore, loadDataset, migrate, pgPoolClient, type SqlClient } from "../src/server";
import type { UserListQuery } from "../src/server/store";

const USERS = Number(process.env.BENCH_USERS ?? 100_000);
const OTHER_ACCOUNTS = Number(process.env.BENCH_OTHER_ACCOUNTS ?? 100);
const OTHER_USERS = Number(process.env.BENCH_OTHER_USERS ?? 500);
const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const PAGE_SIZE = 25;
const BIG = "bench-big";
const SCHEMA = "bench_server";

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

const SORTS: UserSortField[] = ["name", "email", "lastLoginAt", "createdAt", "role", "status"];
/** A keyset case: the query pages on from the nextCursor of this page (the one it follows). */
type Case = [string, Omit<UserListQuery, "pageSize">, { nextFrom: number }?];
const CASES: Case[] = [
  ["first page (name)", { page: 1 }],
  ['search "smi"', { page: 1, search: "smi" }],
  ['search "lovelace"', { page: 1, search: "lovelace" }],
  ['search "an" (no trigram)', { page: 1, search: "an" }],
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

type Results = Map<string, { before: number; after: number }>;

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

async function bench(name: string, client: SqlClient): Promise<Results> {
  let start = performance.now();
  await client.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
  await migrate(client, { schema: SCHEMA });
  const big = generateDataset({ size: USERS, seed: 11 });
  await loadDataset(client, { ...big, passwords: {} }, { schema: SCHEMA, accountId: BIG });
  for (let i = 0; i < OTHER_ACCOUNTS; i++) {
    const other = generateDataset({ size: OTHER_USERS, seed: 100 + i });
    await loadDataset(client, { ...other, passwords: {} }, { schema: SCHEMA, accountId: `bench-other-${i}` });
  }
  await client.query(`VACUUM ANALYZE ${SCHEMA}.users`);
  console.error(
    `${name}: loaded ${USERS.toLocaleString("en")} + ${OTHER_ACCOUNTS} × ${OTHER_USERS} users in ${((performance.now() - start) / 1000).toFixed(1)} s`,
  );
  const roleOrder = big.roleModel.roles.map((role) => role.id);
  const stores = {
    after: createPostgresStore({ client, schema: SCHEMA }),
    before: createPostgresStore({ client: withoutIndexes(client), schema: SCHEMA }),
  };
  const results: Results = new Map();
  for (const [label, caseQuery, keyset] of CASES) {
    const times = { before: [] as number[], after: [] as number[] };
    const query = keyset
      ? { ...caseQuery, after: await nextCursorOf(stores.after, caseQuery, keyset.nextFrom, roleOrder) }
      : caseQuery;
    // One warm-up of each, then alternated runs.
    for (let run = -1; run < RUNS; run++) {
      for (const kind of ["before", "after"] as const) {
        start = performance.now();
        await stores[kind].transaction((tx) => tx.listUsers({ ...query, pageSize: PAGE_SIZE }, roleOrder), {
          accountId: BIG,
        });
        if (run >= 0) times[kind].push(performance.now() - start);
      }
    }
    results.set(label, { before: median(times.before), after: median(times.after) });
    console.error(`${name}: ${label} done`);
  }
  await client.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
  return results;
}

const columns: [string, Results][] = [];
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

const ms = (value: number | undefined) => (value === undefined ? "" : value.toFixed(1));
console.log(
  `\nlistUsers, ${PAGE_SIZE} per page, account of ${USERS.toLocaleString("en")} users among ${OTHER_ACCOUNTS} others ` +
    `of ${OTHER_USERS}: median ms of ${RUNS} runs (without indexes → with them)\n`,
);
const header = ["case", ...columns.flatMap(([name]) => [`${name} without`, `${name} with`, "×"])];
const rows = CASES.map(([label]) => [
  label,
  ...columns.flatMap(([, results]) => {
    const result = results.get(label);
    return [ms(result?.before), ms(result?.after), result ? `${(result.before / result.after).toFixed(1)}×` : ""];
  }),
]);
const widths = header.map((title, index) => Math.max(title.length, ...rows.map((row) => row[index]?.length ?? 0)));
for (const row of [header, ...rows]) {
  console.log(
    row
      .map((cell, index) => (index === 0 ? cell.padEnd(widths[index] ?? 0) : cell.padStart(widths[index] ?? 0)))
      .join("  "),
  );
}
