import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { btree_gin } from "@electric-sql/pglite/contrib/btree_gin";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { migrate } from "../src/server";
import type { DemoConfig } from "./config";
import { assertDataFolderFree, databaseDir, lockDataFolder, resetDataFolder } from "./dataFolder";
import { createOutbox, type DemoOutbox, migrateOutbox } from "./outbox";
import { isSeeded, seed } from "./seed";

/** The demo's database, opened and ready. */
export interface DemoDatabase {
  db: PGlite;
  outbox: DemoOutbox;
  /** Whether this start seeded a fresh account (the first start, or after a reset). */
  seeded: boolean;
  /** Closes the database cleanly and frees the folder for the next start. */
  close(): Promise<void>;
}

/**
 * Opens PGlite in the data folder, runs the library's migrations and the outbox's, and seeds the
 * account on first start. Later starts find their data as they left it.
 */
export async function openDemoDatabase(config: DemoConfig): Promise<DemoDatabase> {
  assertDataFolderFree(config.dataDir);
  if (config.reset) resetDataFolder(config.dataDir);
  mkdirSync(config.dataDir, { recursive: true });
  const release = lockDataFolder(config.dataDir);
  // The user list's trigram index (migration 4) needs these two contrib extensions.
  const db = await PGlite.create(databaseDir(config.dataDir), { extensions: { pg_trgm, btree_gin } });
  await migrate(db);
  await migrateOutbox(db);
  const outbox = createOutbox(db);
  const seeded = !(await isSeeded(db));
  if (seeded) await seed(db, outbox);
  const close = async () => {
    await db.close();
    release();
  };
  return { db, outbox, seeded, close };
}
