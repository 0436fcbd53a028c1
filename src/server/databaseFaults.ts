/*
 * R31: failures of the database rather than of the request or of this library. They are answered
 * 503 `unavailable` (try again), never 500, and never stop the server process.
 */

// SQLSTATE classes: 08 connection exception, 53 insufficient resources (disk, memory, too many
// connections), 57 operator intervention (57014 statement timeout or cancel, 57P01–57P05 session
// terminated, server shutting down or restarting), 58 system error (I/O).
const FAULT_CLASSES = new Set(["08", "53", "57", "58"]);

const FAULT_STATES = new Set([
  // idle_in_transaction_session_timeout; transaction_timeout (PostgreSQL 17).
  "25P03",
  "25P04",
  // lock_not_available: lock_timeout, or NOWAIT.
  "55P03",
  // Serialization failure and deadlock: the handler retries these, so one reaching here kept failing.
  "40001",
  "40P01",
]);

// Node's socket errors, as `pg` passes them on.
const SOCKET_CODES = new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "ECONNABORTED",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
]);

// `pg`'s and `pg-pool`'s own errors when a session is lost or none can be had, and a closed PGlite.
const FAULT_MESSAGES = [
  /^Connection terminated/,
  /is not queryable$/,
  /^timeout exceeded when trying to connect$/,
  /^Query read timeout$/,
  /^PGlite is closed$/,
];

const SQLSTATE = /^[0-9A-Z]{5}$/;

function isFaultItself(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === "string") {
    if (SQLSTATE.test(code) && (FAULT_CLASSES.has(code.slice(0, 2)) || FAULT_STATES.has(code))) return true;
    if (SOCKET_CODES.has(code)) return true;
  }
  return (
    error instanceof Error && typeof message === "string" && FAULT_MESSAGES.some((pattern) => pattern.test(message))
  );
}

/**
 * Whether `error` is a fault of the database or of the way to it (connection lost or refused,
 * session terminated, statement or lock timeout, server out of resources, a conflict that kept
 * recurring), as opposed to a bug or bad input. Looks through `cause` and `AggregateError`s, as
 * Node reports a connection refused on every address of a host.
 */
export function isDatabaseFault(error: unknown): boolean {
  const seen = new Set<unknown>();
  const visit = (value: unknown): boolean => {
    if (typeof value !== "object" || value === null || seen.has(value) || seen.size > 16) return false;
    seen.add(value);
    if (isFaultItself(value)) return true;
    if (value instanceof AggregateError && value.errors.some(visit)) return true;
    return visit((value as { cause?: unknown }).cause);
  };
  return visit(error);
}
