/**
 * One server of `npm run bench:load`, in its own process so the load generator never shares its
 * event loop: the store handler of `react-user-management/server` on @hono/node-server, over
 * PostgreSQL (BENCH_STORE=postgres, DATABASE_URL), PGlite (BENCH_STORE=pglite) or PGlite in a worker
 * thread (BENCH_STORE=pglite-worker, `workerSqlClient`), with an account of
 * BENCH_USERS users among others. Beside it, `GET /bare/users` answers the handler's own first page,
 * captured once, from a bare Hono route: the same-run ceiling of HTTP and JSON alone.
 * `GET /__delay` returns the event loop's delay (ms percentiles) since the last call, and resets it.
 * Prints `ready <port> <load seconds>` on stdout when it listens.
 */
import type { AddressInfo } from "node:net";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { PGlite } from "@electric-sql/pglite";
import { btree_gin } from "@electric-sql/pglite/contrib/btree_gin";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import pg from "pg";
import { generateDataset } from "../../src/adapters/memory";
import {
  createPostgresStore,
  createUserManagementHandler,
  loadDataset,
  migrate,
  pgPoolClient,
  type SqlClient,
} from "../../src/server";
import { startPGliteWorker } from "../../test/server/worker/startPGliteWorker";
import { ACCOUNT, ORIGIN, VIEWER } from "./setup";

const STORE = process.env.BENCH_STORE ?? "pglite";
const USERS = Number(process.env.BENCH_USERS ?? 100_000);
const OTHER_ACCOUNTS = Number(process.env.BENCH_OTHER_ACCOUNTS ?? 20);
const OTHER_USERS = Number(process.env.BENCH_OTHER_USERS ?? 500);
const SCHEMA = "bench_load";

let client: SqlClient;
let close: () => Promise<void>;
if (STORE === "postgres") {
  if (!process.env.DATABASE_URL) throw new Error("bench:load: BENCH_STORE=postgres needs DATABASE_URL.");
  // The store's own default pool size; the handler admits as many requests as it has connections.
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
  client = pgPoolClient(pool);
  close = () => pool.end();
} else if (STORE === "pglite-worker") {
  // PGlite in a worker thread, as the tests start it: the request thread only passes messages.
  const served = startPGliteWorker().client;
  client = served;
  close = () => served.close();
} else {
  const db = await PGlite.create({ extensions: { pg_trgm, btree_gin } });
  client = db;
  close = () => db.close();
}

const started = performance.now();
await client.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
await migrate(client, { schema: SCHEMA });
await loadDataset(
  client,
  { ...generateDataset({ size: USERS, seed: 11 }), passwords: {} },
  { schema: SCHEMA, accountId: ACCOUNT },
);
for (let i = 0; i < OTHER_ACCOUNTS; i++) {
  const other = generateDataset({ size: OTHER_USERS, seed: 100 + i });
  await loadDataset(client, { ...other, passwords: {} }, { schema: SCHEMA, accountId: `other-${i}` });
}
await client.query(`VACUUM ANALYZE ${SCHEMA}.users`);
const loadSeconds = (performance.now() - started) / 1000;

const handler = createUserManagementHandler({
  store: createPostgresStore({ client, schema: SCHEMA }),
  getViewer: () => ({ accountId: ACCOUNT, userId: VIEWER }),
  publicOrigin: ORIGIN,
  trustedOrigins: [ORIGIN],
  sendInvitation: () => {},
  onAccessRevoked: () => {},
  onError: () => {},
});

const firstPage = await (await handler(new Request(`${ORIGIN}/users?page=1&pageSize=25`))).text();
const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();
const app = new Hono()
  .get("/bare/users", (c) => c.body(firstPage, 200, { "content-type": "application/json" }))
  .get("/__delay", (c) => {
    const ms = (nanoseconds: number) => Math.round(nanoseconds / 1e4) / 100;
    const figures = { p50: ms(delay.percentile(50)), p99: ms(delay.percentile(99)), max: ms(delay.max) };
    delay.reset();
    return c.json(figures);
  })
  .all("*", (c) => handler(c.req.raw));

const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info: AddressInfo) => {
  console.log(`ready ${info.port} ${loadSeconds.toFixed(1)}`);
});
// Stop at once: requests still in flight when the load ends would hold the schema's locks for a
// while; the next run drops the schema before it loads anything.
process.on("SIGTERM", () => {
  server.close();
  void close().finally(() => process.exit(0));
  setTimeout(() => process.exit(0), 2_000).unref();
});
