/*
 * A worker thread holding an in-memory PGlite with the extensions the store's migrations need, served
 * to the test's thread with `serveSqlClient`, as a host's own worker file would.
 */
import { parentPort } from "node:worker_threads";
import { serveSqlClient } from "../../../src/server";
import { createTestPGlite } from "../testDatabase";

if (!parentPort) throw new Error("pgliteWorker.ts runs in a worker thread.");
serveSqlClient(await createTestPGlite(), parentPort);
