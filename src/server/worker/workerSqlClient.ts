import type { SqlClient, SqlQueryable, SqlResult } from "../postgres/sqlClient";
import { deserializeError, isSqlWorkerAnswer, type SqlWorkerRequest } from "./sqlWorkerProtocol";

/** The part of a `node:worker_threads` `Worker` that `workerSqlClient` uses. */
export interface SqlWorkerLike {
  postMessage(message: unknown): void;
  on(event: "message", listener: (message: unknown) => void): unknown;
  on(event: "error", listener: (error: Error) => void): unknown;
  on(event: "exit", listener: (exitCode: number) => void): unknown;
  terminate?(): Promise<number>;
}

/** A `SqlClient` whose database lives in a worker thread; `close` ends it. */
export interface WorkerSqlClient extends SqlClient {
  /** Closes the served client (PGlite's `close`), then stops the worker. Later statements fail. */
  close(): Promise<void>;
}

/**
 * SQLSTATE 08006, connection failure: the worker is the store's connection to its database, and
 * `isDatabaseFault` answers its loss 503 `unavailable`, as it does a lost PostgreSQL session (R31).
 */
const CONNECTION_FAILURE = "08006";

function workerGone(reason: string): Error {
  return Object.assign(new Error(`The database worker is gone: ${reason}.`), { code: CONNECTION_FAILURE });
}

/**
 * A `SqlClient` for a database held by a worker thread that runs `serveSqlClient`. The request
 * thread only passes messages, so its event loop stays free while the database works: PGlite's
 * queries no longer hold up other requests, and an overload's 503s leave at once. Each statement
 * and each transaction's end is one trip to the worker and back; the transaction's `BEGIN` and its
 * settings travel with it, with no trip of their own.
 *
 * Transactions take turns in the worker as the served client runs them (PGlite: one at a time). A
 * transaction whose deadline passes (`signal`) fails at once here and is rolled back in the worker
 * as soon as its running statement ends; one still waiting for its turn is never begun. If the worker
 * stops, every statement in flight and every later one fails with a connection failure (SQLSTATE
 * 08006), which the handler answers 503.
 *
 * @example
 * import { Worker } from "node:worker_threads";
 * const client = workerSqlClient(new Worker(new URL("./db-worker.js", import.meta.url)));
 * await migrate(client);
 * const store = createPostgresStore({ client });
 */
export function workerSqlClient(worker: SqlWorkerLike): WorkerSqlClient {
  const pending = new Map<number, { resolve(rows: unknown[]): void; reject(error: Error): void }>();
  let nextId = 1;
  let gone: Error | undefined;

  const stop = (error: Error) => {
    gone ??= error;
    for (const { reject } of pending.values()) reject(gone);
    pending.clear();
  };
  worker.on("message", (message) => {
    if (!isSqlWorkerAnswer(message)) return;
    const waiting = pending.get(message.id);
    if (!waiting) return;
    pending.delete(message.id);
    if ("error" in message) waiting.reject(deserializeError(message.error));
    else waiting.resolve(message.rows);
  });
  worker.on("error", (error) => stop(workerGone(error.message)));
  worker.on("exit", (exitCode) => stop(workerGone(`it exited with code ${exitCode}`)));

  /** Posts a request that has no answer (`begin`). */
  const post = (request: SqlWorkerRequest) => {
    if (gone) throw gone;
    worker.postMessage(request);
  };
  /** Sends a request with a fresh id; resolves with the answer's rows. */
  const send = (request: DistributiveOmit<SqlWorkerRequest, "id">): Promise<unknown[]> => {
    if (gone) return Promise.reject(gone);
    const id = nextId++;
    return new Promise((resolve, reject) => {
      // Posted first: a value that cannot cross threads (a function) throws here, and nothing waits.
      worker.postMessage({ ...request, id });
      pending.set(id, { resolve, reject });
    });
  };
  const run = async <Row>(text: string, params: unknown[] = [], tx?: number): Promise<SqlResult<Row>> => ({
    rows: (await send({ op: "query", text, params, ...(tx === undefined ? {} : { tx }) })) as Row[],
  });

  return {
    // The worker sets them as the transaction begins, with no trip of their own.
    appliesSettings: true,
    query: (text, params) => run(text, params),
    async transaction(work, { signal, settings } = {}) {
      signal?.throwIfAborted();
      const tx = nextId++;
      // Not waited for: the transaction's first statement waits in the worker for its turn instead.
      post({ op: "begin", id: tx, ...(settings ? { settings } : {}) });
      let ended = false;
      const end = (commit: boolean) => {
        ended = true;
        return send({ op: "end", tx, commit });
      };
      // Past the deadline, the caller has given up: fail now, and let the worker roll back (or never
      // begin) the transaction when it gets to it.
      let onAbort = () => {};
      const aborted = new Promise<never>((_, reject) => {
        onAbort = () => {
          reject(signal?.reason);
          if (!ended) end(false).catch(() => {});
        };
      });
      aborted.catch(() => {});
      signal?.addEventListener("abort", onAbort, { once: true });
      try {
        const queryable: SqlQueryable = {
          query: (text, params) =>
            ended ? Promise.reject(new Error("The transaction has ended.")) : run(text, params, tx),
        };
        const result = await Promise.race([work(queryable), aborted]);
        await Promise.race([end(true), aborted]);
        return result;
      } catch (error) {
        if (!ended) await end(false).catch(() => {});
        throw error;
      } finally {
        signal?.removeEventListener("abort", onAbort);
      }
    },
    async close() {
      if (gone) return;
      try {
        await send({ op: "close" });
      } finally {
        stop(workerGone("it was closed"));
        await worker.terminate?.();
      }
    },
  };
}

/** `Omit` over each member of a union, keeping it a union. */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
