import { Worker } from "node:worker_threads";
import { type WorkerSqlClient, workerSqlClient } from "../../../src/server";

/** A worker thread running PGlite (`pgliteWorker.ts`), and the request thread's client of it. */
export function startPGliteWorker(): { worker: Worker; client: WorkerSqlClient } {
  const worker = new Worker(new URL("../../../scripts/lib/tsWorker.mjs", import.meta.url), {
    workerData: { module: new URL("./pgliteWorker.ts", import.meta.url).href },
  });
  return { worker, client: workerSqlClient(worker) };
}
