/** The database thread of `BENCH_STORE=pglite-worker`: PGlite with the store's extensions, served to the request thread. */
import { parentPort } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";
import { btree_gin } from "@electric-sql/pglite/contrib/btree_gin";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { serveSqlClient } from "../../src/server";

if (!parentPort) throw new Error("pgliteWorker.ts runs in a worker thread.");
serveSqlClient(await PGlite.create({ extensions: { pg_trgm, btree_gin } }), parentPort);
