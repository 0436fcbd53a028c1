/*
 * The messages between `workerSqlClient` (the request thread) and `serveSqlClient` (the thread that
 * holds the database). Every request carries an id its answer repeats. A transaction is opened by
 * `begin`, which has no answer of its own: its statements (carrying its id as `tx`) wait in the
 * worker until it has begun, and fail if it could not. `end` commits or rolls it back, and is
 * answered once it has. So a transaction of N statements costs N + 1 trips between the threads, each
 * a wake-up of the other thread (about 0.1 ms here), not N + 3.
 */

/** A statement, on its own or within the transaction `tx`. */
export interface QueryRequest {
  op: "query";
  id: number;
  tx?: number;
  text: string;
  params: unknown[];
}

/** Opens transaction `id`, with its settings (`SET LOCAL`); not answered. */
export interface BeginRequest {
  op: "begin";
  id: number;
  settings?: Readonly<Record<string, string>>;
}

/** Ends transaction `tx`: commits it, or rolls it back (or never begins it, if it is still waiting). */
export interface EndRequest {
  op: "end";
  id: number;
  tx: number;
  commit: boolean;
}

/** Closes the served client (when it can be closed); answered when it is. */
export interface CloseRequest {
  op: "close";
  id: number;
}

export type SqlWorkerRequest = QueryRequest | BeginRequest | EndRequest | CloseRequest;

/** What the database thread answers: rows, or the error, as plain data. */
export type SqlWorkerAnswer = { id: number; rows: unknown[] } | { id: number; error: SerializedError };

/** An error as it crosses threads: its message, name and every property of a plain value. */
export interface SerializedError {
  name: string;
  message: string;
  properties: Record<string, string | number | boolean | null>;
}

/**
 * A structured clone keeps an error's message and name but drops its own properties, where
 * PostgreSQL's SQLSTATE (`code`), `constraint` and `detail` live: the store and `isDatabaseFault`
 * read them. So the error goes as data and is rebuilt on the other side.
 */
export function serializeError(error: unknown): SerializedError {
  if (!(error instanceof Error)) return { name: "Error", message: String(error), properties: {} };
  const properties: SerializedError["properties"] = {};
  for (const [key, value] of Object.entries(error)) {
    if (value === null || ["string", "number", "boolean"].includes(typeof value))
      properties[key] = value as string | number | boolean | null;
  }
  return { name: error.name, message: error.message, properties };
}

/** The error of `serializeError`, with its properties, as the request thread throws it. */
export function deserializeError({ name, message, properties }: SerializedError): Error {
  const error = Object.assign(new Error(message), properties);
  error.name = name;
  return error;
}

/** Whether a message is a request of this protocol (a worker's port may carry other messages too). */
export function isSqlWorkerRequest(message: unknown): message is SqlWorkerRequest {
  if (typeof message !== "object" || message === null) return false;
  const { op, id } = message as { op?: unknown; id?: unknown };
  return typeof id === "number" && (op === "query" || op === "begin" || op === "end" || op === "close");
}

/** Whether a message is an answer of this protocol. */
export function isSqlWorkerAnswer(message: unknown): message is SqlWorkerAnswer {
  if (typeof message !== "object" || message === null) return false;
  const answer = message as { id?: unknown; rows?: unknown; error?: unknown };
  return typeof answer.id === "number" && (Array.isArray(answer.rows) || typeof answer.error === "object");
}
