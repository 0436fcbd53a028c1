/** The result of one statement: its rows, as objects keyed by column name. */
export interface SqlResult<Row> {
  rows: Row[];
}

/** Runs one statement with `$1, $2…` parameters. */
export interface SqlQueryable {
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<SqlResult<Row>>;
}

/**
 * The little the PostgreSQL store needs from a database client: statements, and transactions that
 * commit when `work` resolves and roll back when it throws. `@electric-sql/pglite`'s `PGlite`
 * satisfies it as it is; wrap a `pg` pool with `pgPoolClient(pool)`.
 */
export interface SqlClient extends SqlQueryable {
  transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T>;
}

/** The part of a `pg` pool client that `pgPoolClient` uses. */
export interface PgPoolConnection extends SqlQueryable {
  release(destroy?: boolean | Error): void;
}

/** The part of a `pg` `Pool` that `pgPoolClient` uses (structural: this package does not import `pg`). */
export interface PgPoolLike extends SqlQueryable {
  connect(): Promise<PgPoolConnection>;
}

/**
 * Makes a `pg` `Pool` a `SqlClient`: each transaction takes a connection of its own, so concurrent
 * requests run concurrently and PostgreSQL's row locks order them (R19, R25).
 *
 * @example
 * import pg from "pg";
 * const client = pgPoolClient(new pg.Pool({ connectionString: process.env.DATABASE_URL }));
 */
export function pgPoolClient(pool: PgPoolLike): SqlClient {
  return {
    query: (text, params) => pool.query(text, params),
    async transaction(work) {
      const connection = await pool.connect();
      let broken: unknown;
      try {
        await connection.query("BEGIN");
        const result = await work(connection);
        await connection.query("COMMIT");
        return result;
      } catch (error) {
        try {
          await connection.query("ROLLBACK");
        } catch (rollbackError) {
          // A connection that cannot roll back is not given back to the pool.
          broken = rollbackError;
        }
        throw error;
      } finally {
        connection.release(broken instanceof Error ? broken : broken !== undefined);
      }
    },
  };
}
