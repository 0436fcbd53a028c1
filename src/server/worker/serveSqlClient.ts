import type { SqlClient, SqlQueryable } from "../postgres/sqlClient";
import {
  isSqlWorkerRequest,
  type QueryRequest,
  type SqlWorkerAnswer,
  type SqlWorkerRequest,
  serializeError,
} from "./sqlWorkerProtocol";

/** The side of a message channel a worker thread talks through: `parentPort` of `node:worker_threads`. */
export interface SqlWorkerPort {
  postMessage(message: unknown): void;
  on(event: "message", listener: (message: unknown) => void): unknown;
}

/** A client `serveSqlClient` can close when the request thread closes it (PGlite can). */
export type ServedSqlClient = SqlClient & { close?(): Promise<void> };

/** A transaction of the request thread, open (or waiting for its turn) on this side. */
interface OpenTransaction {
  /** The transaction's statements, once it has begun; rejected if it could not begin. */
  ready: Promise<SqlQueryable>;
  /** Set by `end`: whether to commit. */
  commit?: boolean;
  /** Settles the transaction: commit (`true`) or roll back. */
  finish(commit: boolean): void;
  /** The `end` request's id, answered once the transaction has committed or rolled back. */
  endId?: number;
  /** Why the transaction failed before its `end` came, told to that `end` if it asks to commit. */
  failure?: unknown;
}

/** Thrown inside the client's transaction to roll it back without an error to report. */
const ROLLBACK = Symbol("rollback");

/**
 * Serves `client` to `workerSqlClient` on the other side of `port`. Call it in a worker thread that
 * holds the database, so that the request thread's event loop never waits for a query: PGlite runs
 * its statements on the thread that calls it, and on the request thread a 60 ms search holds up
 * every other request, the 503s of an overload included.
 *
 * @example
 * // db-worker.js, started with `new Worker(new URL("./db-worker.js", import.meta.url))`
 * import { parentPort } from "node:worker_threads";
 * import { PGlite } from "@electric-sql/pglite";
 * import { btree_gin } from "@electric-sql/pglite/contrib/btree_gin";
 * import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
 * import { serveSqlClient } from "react-user-management/server";
 *
 * serveSqlClient(await PGlite.create("./data", { extensions: { pg_trgm, btree_gin } }), parentPort);
 */
export function serveSqlClient(client: ServedSqlClient, port: SqlWorkerPort): void {
  const transactions = new Map<number, OpenTransaction>();
  const answer = (message: SqlWorkerAnswer) => port.postMessage(message);
  const settle = (id: number, work: Promise<{ rows: unknown[] }>) =>
    work.then(
      ({ rows }) => answer({ id, rows }),
      (error: unknown) => answer({ id, error: serializeError(error) }),
    );

  const query = (request: QueryRequest) => {
    if (request.tx === undefined) return settle(request.id, client.query(request.text, request.params));
    const open = transactions.get(request.tx);
    if (!open) return settle(request.id, Promise.reject(new Error(`Transaction ${request.tx} is not open.`)));
    return settle(
      request.id,
      open.ready.then((queryable) => queryable.query(request.text, request.params)),
    );
  };

  const begin = (id: number, settings: Readonly<Record<string, string>> = {}) => {
    let finish: (commit: boolean) => void = () => {};
    const finished = new Promise<boolean>((resolve) => {
      finish = resolve;
    });
    let begun: (queryable: SqlQueryable) => void = () => {};
    let failed: (error: unknown) => void = () => {};
    const ready = new Promise<SqlQueryable>((resolve, reject) => {
      begun = resolve;
      failed = reject;
    });
    ready.catch(() => {});
    const open: OpenTransaction = { ready, finish };
    transactions.set(id, open);
    // The client runs one transaction at a time (PGlite) or one per connection (a pool): a
    // transaction that must wait for its turn waits here, its statements with it.
    client
      .transaction(async (queryable) => {
        // Ended before its turn came (its deadline passed): never begun for real.
        if (open.commit === false) throw ROLLBACK;
        const names = Object.keys(settings);
        if (names.length > 0) {
          const sets = names.map((_, index) => `set_config($${2 * index + 1}, $${2 * index + 2}, true)`);
          await queryable.query(
            `SELECT ${sets.join(", ")}`,
            names.flatMap((name) => [name, settings[name]]),
          );
        }
        begun(queryable);
        if (!(await finished)) throw ROLLBACK;
      })
      .then(
        () => {
          if (open.endId !== undefined) answer({ id: open.endId, rows: [] });
        },
        (error: unknown) => {
          // A statement still waiting for a transaction ended before its turn is told so plainly.
          failed(error === ROLLBACK ? new Error(`Transaction ${id} has ended.`) : error);
          if (error === ROLLBACK) return open.endId !== undefined && answer({ id: open.endId, rows: [] });
          // Failed to commit: its `end` is told. Failed before its `end` came: kept until then.
          if (open.endId !== undefined) answer({ id: open.endId, error: serializeError(error) });
          else open.failure = error;
        },
      )
      .finally(() => {
        if (open.endId !== undefined) transactions.delete(id);
      });
  };

  const end = (id: number, tx: number, commit: boolean) => {
    const open = transactions.get(tx);
    if (!open) return answer({ id, rows: [] });
    if (open.failure !== undefined) {
      transactions.delete(tx);
      return answer(commit ? { id, error: serializeError(open.failure) } : { id, rows: [] });
    }
    open.endId = id;
    open.commit = commit;
    open.finish(commit);
  };

  const handle = (request: SqlWorkerRequest) => {
    switch (request.op) {
      case "query":
        return void query(request);
      case "begin":
        return begin(request.id, request.settings);
      case "end":
        return end(request.id, request.tx, request.commit);
      case "close":
        return void settle(
          request.id,
          Promise.resolve()
            .then(() => client.close?.())
            .then(() => ({ rows: [] })),
        );
    }
  };

  port.on("message", (message) => {
    if (isSqlWorkerRequest(message)) handle(message);
  });
}
