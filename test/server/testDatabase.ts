import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import { btree_gin } from "@electric-sql/pglite/contrib/btree_gin";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import pg from "pg";
import { migrate, pgPoolClient, type SqlClient } from "../../src/server";
import { HOOK_TIMEOUT } from "../timeouts";
import { startPGliteWorker } from "./worker/startPGliteWorker";

/**
 * Where a test file's database runs: embedded PGlite in the test's thread, the same in a worker
 * thread (`workerSqlClient`), or the PostgreSQL server of DATABASE_URL.
 */
export type TestDatabaseKind = "pglite" | "pglite-worker" | "postgres";

/** A migrated database for one test file: embedded PGlite, or the PostgreSQL server of DATABASE_URL. */
export interface TestDatabase {
  client: SqlClient;
  schema: string;
  close(): Promise<void>;
}

/** The contrib extensions migration 4 needs (the user list's trigram index), as every host loads them. */
export const PGLITE_EXTENSIONS = { pg_trgm, btree_gin };

/** An in-memory PGlite able to run the store's migrations. */
export function createTestPGlite(options: PGliteOptions = {}): Promise<PGlite> {
  return PGlite.create({ ...options, extensions: { ...PGLITE_EXTENSIONS, ...options.extensions } });
}

/**
 * PGlite compiles PostgreSQL's WebAssembly on start: seconds, more when test files start in
 * parallel, and over a minute on a machine kept busy (issue 10). A guard against a hang only.
 */
export const PGLITE_START_TIMEOUT = HOOK_TIMEOUT;

/** Which databases the server's tests run on: PGlite always, PostgreSQL when DATABASE_URL names one. */
export const DATABASE_URL = process.env.DATABASE_URL;

/** The databases to run a file's tests on, for `describe.each`: PGlite, and PostgreSQL when configured. */
export const TEST_DATABASES = [
  { kind: "pglite" as const, title: "PGlite" },
  ...(DATABASE_URL ? [{ kind: "postgres" as const, title: "PostgreSQL" }] : []),
];

/** How a test's title names each kind of database. */
export const DATABASE_TITLES: Readonly<Record<TestDatabaseKind, string>> = {
  pglite: "PGlite",
  "pglite-worker": "PGlite in a worker thread",
  postgres: "a PostgreSQL server",
};

/**
 * The databases the store's behaviour under concurrency, deadlines and overload is proven on: the
 * `SqlClient`s a host may give the store, PostgreSQL's when DATABASE_URL names a server.
 */
export const CLIENT_KINDS: readonly TestDatabaseKind[] = [
  "pglite",
  "pglite-worker",
  ...(DATABASE_URL ? (["postgres"] as const) : []),
];

/**
 * Opens a database once per test file, on first use (the conformance suite asks for a backend while
 * collecting its tests). PGlite's start-up takes seconds: one instance serves every test of a file,
 * each test loading its fixture afresh. On PostgreSQL each file gets a schema of its own, dropped at
 * the end, so that files running in parallel do not meet.
 */
export function lazyTestDatabase(kind: TestDatabaseKind, schema: string): () => Promise<TestDatabase> {
  let opened: Promise<TestDatabase> | undefined;
  return () => {
    opened ??= open(kind, schema);
    return opened;
  };
}

async function open(kind: TestDatabaseKind, schema: string): Promise<TestDatabase> {
  if (kind === "pglite") {
    const db = await createTestPGlite();
    await migrate(db, { schema });
    return { client: db, schema, close: () => db.close() };
  }
  if (kind === "pglite-worker") {
    const { client } = startPGliteWorker();
    await migrate(client, { schema });
    return { client, schema, close: () => client.close() };
  }
  if (!DATABASE_URL) throw new Error("DATABASE_URL is not set: the PostgreSQL tests should have been skipped.");
  const pool = new pg.Pool({ connectionString: DATABASE_URL, max: 8 });
  const client = pgPoolClient(pool);
  await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await migrate(client, { schema });
  return {
    client,
    schema,
    close: async () => {
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await pool.end();
    },
  };
}
