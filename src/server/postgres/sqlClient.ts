import { statementNames } from "./statementNames";

/** The result of one statement: its rows, as objects keyed by column name. */
export interface SqlResult<Row> {
  rows: Row[];
}

/** Runs one statement with `$1, $2…` parameters. */
export interface SqlQueryable {
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<SqlResult<Row>>;
  /**
   * Runs a statement whose plan suits every value of its parameters, so that the client may prepare
   * it once per connection and run it by name afterwards, parsed once and its plan reused
   * (`pgPoolClient` does). The store sends this way the statements that read or write rows by a key;
   * lists and counts, whose best plan depends on the account's size and the search, go through
   * `query`. Optional: a client without it (PGlite) is sent every statement through `query`.
   */
  queryPrepared?<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<SqlResult<Row>>;
}

/** What `createPostgresStore` tells a client about one transaction. */
export interface SqlTransactionOptions {
  /**
   * Aborted when the transaction's deadline has passed: the caller has given up on it. A client
   * holding a connection of its own should then drop that connection rather than reuse it, since
   * the transaction may still be running on it. Clients that cannot (PGlite) may ignore it.
   */
  signal?: AbortSignal;
  /**
   * Settings for this transaction only, as `SET LOCAL` would make them (the store's timeouts), for a
   * client that says it applies them as it begins the transaction (`appliesSettings`): in the same
   * round trip as `BEGIN`. Other clients are not given them; the store sets them with a statement.
   */
  settings?: Readonly<Record<string, string>>;
}

/**
 * The little the PostgreSQL store needs from a database client: statements, and transactions that
 * commit when `work` resolves and roll back when it throws. `@electric-sql/pglite`'s `PGlite`
 * satisfies it as it is; wrap a `pg` pool with `pgPoolClient(pool)`.
 */
export interface SqlClient extends SqlQueryable {
  /** How many transactions it runs at once (its pool's size), when it has a pool. */
  readonly maxConnections?: number;
  /** It applies `SqlTransactionOptions.settings` as it begins a transaction (`pgPoolClient` does). */
  readonly appliesSettings?: boolean;
  transaction<T>(work: (tx: SqlQueryable) => Promise<T>, options?: SqlTransactionOptions): Promise<T>;
}

/** A statement `pg` prepares under `name` the first time a connection runs it, then runs by name. */
export interface PgNamedStatement {
  name: string;
  text: string;
  values: unknown[];
}

/** The part of a `pg` pool client that `pgPoolClient` uses. */
export interface PgPoolConnection {
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<SqlResult<Row>>;
  query<Row = Record<string, unknown>>(statement: PgNamedStatement): Promise<SqlResult<Row>>;
  /** Gives the connection back to the pool; with an error (or `true`) the pool closes it instead. */
  release(destroy?: boolean | Error): void;
  /** `pg`'s Client emits `'error'` when its session ends (terminated, timed out, network lost). */
  on?(event: "error", listener: (error: Error) => void): unknown;
  off?(event: "error", listener: (error: Error) => void): unknown;
  removeListener?(event: "error", listener: (error: Error) => void): unknown;
}

/** The part of a `pg` `Pool` that `pgPoolClient` uses (structural: this package does not import `pg`). */
export interface PgPoolLike extends SqlQueryable {
  connect(): Promise<PgPoolConnection>;
  /** `pg`'s Pool emits `'error'` when an idle connection's session ends, with that connection. */
  on?(event: "error", listener: (error: Error, connection: unknown) => void): unknown;
  /** `pg`'s Pool keeps its options here; `max` is its size (10 unless set). */
  options?: { max?: number };
}

/** Options of `pgPoolClient`. */
export interface PgPoolClientOptions {
  /**
   * Told when an idle connection of the pool fails (the server restarted, the session was ended).
   * The pool drops that connection and opens another when needed; without a listener, `pg` would
   * stop the process. Defaults to `console.error`.
   */
  onError?(error: unknown): void;
  /**
   * Prepares the statements the store sends by key (`SqlQueryable.queryPrepared`) once per
   * connection, up to 200 distinct ones, and runs them by name: PostgreSQL parses them once and
   * reuses their plan (a first page's database time fell from 0.80 to 0.57 ms). Defaults to `true`.
   * Set `false` behind a pooler that cannot keep prepared statements apart in transaction mode
   * (PgBouncer before 1.21, or with `max_prepared_statements = 0`).
   */
  prepare?: boolean;
}

/** `pg`'s Pool size when its `max` is not set. */
const PG_DEFAULT_POOL_SIZE = 10;

const asError = (value: unknown): Error => (value instanceof Error ? value : new Error(String(value)));

/**
 * Makes a `pg` `Pool` a `SqlClient`: each transaction takes a connection of its own, so concurrent
 * requests run concurrently and PostgreSQL's row locks order them (R19, R25).
 *
 * A connection whose session ends during a transaction fails that transaction with the connection's
 * error and is closed, never returned to the pool; so is one whose transaction outlived its deadline
 * (R31). Errors of idle connections go to `onError` instead of stopping the process. Its
 * `maxConnections` is the pool's `max` (10 unless set), which `createUserManagementHandler` takes as
 * its default `maxConcurrentRequests`.
 *
 * @example
 * import pg from "pg";
 * const client = pgPoolClient(new pg.Pool({ connectionString: process.env.DATABASE_URL }));
 */
export function pgPoolClient(pool: PgPoolLike, options: PgPoolClientOptions = {}): SqlClient {
  const onError =
    options.onError ??
    ((error: unknown) => console.error("react-user-management pgPoolClient: idle connection:", error));
  // Connections closed after a failed transaction: that failure was reported with its request.
  const closed = new WeakSet<object>();
  pool.on?.("error", (error, connection) => {
    if (typeof connection === "object" && connection !== null && closed.has(connection)) return;
    onError(error);
  });
  const max = pool.options?.max;
  // One set of names for the whole pool: each connection prepares a statement the first time it runs it.
  const names = options.prepare === false ? undefined : statementNames();
  return {
    // `pg`'s default pool size is 10.
    maxConnections: typeof max === "number" && Number.isSafeInteger(max) && max > 0 ? max : PG_DEFAULT_POOL_SIZE,
    appliesSettings: true,
    query: (text, params) => pool.query(text, params),
    async transaction(work, { signal, settings } = {}) {
      signal?.throwIfAborted();
      // Checked before a connection is taken: a bad name holds none.
      const begin = beginStatement(settings);
      const connection = await pool.connect();
      // Connected after the deadline (no connection was free): unused, so it can go back as it is.
      if (signal?.aborted) {
        connection.release();
        throw signal.reason;
      }
      return transactionOn(connection, work, { signal, begin, names }, closed);
    },
  };
}

/** A setting's name as `SET LOCAL` takes it: a plain or a dotted (extension's) identifier. */
const SETTING_NAME = /^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)?$/;

/**
 * `BEGIN` and the transaction's settings as one simple-protocol query, one round trip: `pg` sends a
 * query without parameters as it is, and PostgreSQL runs its statements in order. Values are quoted
 * literals; names are checked, as a name cannot be a parameter.
 */
function beginStatement(settings: Readonly<Record<string, string>> = {}): string {
  const sets = Object.entries(settings).map(([name, value]) => {
    if (!SETTING_NAME.test(name)) throw new RangeError(`Not a setting's name: ${JSON.stringify(name)}.`);
    return `SET LOCAL ${name} = '${value.replaceAll("'", "''")}'`;
  });
  return ["BEGIN", ...sets].join("; ");
}

/** The connection as the store's transaction uses it: plan-independent statements run prepared, by name. */
function queryable(
  connection: PgPoolConnection,
  names: ((text: string) => string | undefined) | undefined,
): SqlQueryable {
  const query = <Row>(text: string, params?: unknown[]) => connection.query<Row>(text, params);
  if (!names) return { query };
  return {
    query,
    queryPrepared: <Row>(text: string, params: unknown[] = []) => {
      const name = names(text);
      return name === undefined ? query<Row>(text, params) : connection.query<Row>({ name, text, values: params });
    },
  };
}

async function transactionOn<T>(
  connection: PgPoolConnection,
  work: (tx: SqlQueryable) => Promise<T>,
  {
    signal,
    begin,
    names,
  }: { signal: AbortSignal | undefined; begin: string; names: ((text: string) => string | undefined) | undefined },
  closed: WeakSet<object>,
): Promise<T> {
  // Set when the session ended or the deadline passed: the transaction fails with it at once, even
  // if a statement is still waiting, and the connection is closed rather than reused.
  let lost: unknown;
  let rollbackFailed: unknown;
  let failNow: (reason: unknown) => void = () => {};
  const failed = new Promise<never>((_, reject) => {
    failNow = reject;
  });
  let released = false;
  const release = (destroy: Error | undefined) => {
    if (released) return;
    released = true;
    if (destroy) closed.add(connection);
    connection.release(destroy);
  };
  const onConnectionError = (error: Error) => {
    lost ??= error;
    failNow(lost);
  };
  const onAbort = () => {
    lost ??= signal?.reason;
    failNow(lost);
    // Closing the connection ends the statement still running on it, and its locks.
    release(asError(lost));
  };
  connection.on?.("error", onConnectionError);
  signal?.addEventListener("abort", onAbort, { once: true });

  const attempt = (async () => {
    try {
      await connection.query(begin);
      const result = await work(queryable(connection, names));
      await connection.query("COMMIT");
      return result;
    } catch (error) {
      if (lost === undefined) {
        try {
          await connection.query("ROLLBACK");
        } catch (rollbackError) {
          // A connection that cannot roll back is not given back to the pool.
          rollbackFailed = rollbackError;
        }
      }
      throw error;
    }
  })();
  // Once the transaction has failed through `failed`, nobody waits for `attempt`: it fails on its own
  // as the connection closes.
  attempt.catch(() => {});

  try {
    return await Promise.race([attempt, failed]);
  } catch (error) {
    // The session's own error says more than "Client … is not queryable" from the statement after it.
    throw lost ?? error;
  } finally {
    signal?.removeEventListener("abort", onAbort);
    const broken = lost ?? rollbackFailed;
    release(broken === undefined ? undefined : asError(broken));
    // A closed connection keeps the listener: it may still report its end, and nothing else listens.
    if (broken === undefined)
      (connection.off ?? connection.removeListener)?.call(connection, "error", onConnectionError);
  }
}
