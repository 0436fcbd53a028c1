import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/** PGlite's database lives in this sub-folder of the data folder. */
export const databaseDir = (dataDir: string) => path.join(dataDir, "pglite");

const lockFile = (dataDir: string) => path.join(dataDir, "demo.pid");

/** Whether a process with this id is running. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Refuses to start when another demo runs on the same folder: two PGlite instances on one database
 * folder would corrupt it. A lock left by a demo that was killed is taken over.
 */
export function assertDataFolderFree(dataDir: string): void {
  const file = lockFile(dataDir);
  if (!existsSync(file)) return;
  const pid = Number(readFileSync(file, "utf8"));
  if (Number.isInteger(pid) && pid !== process.pid && isRunning(pid)) {
    throw new Error(`Another demo (process ${pid}) is using ${dataDir}. Stop it first, or set DEMO_DATA_DIR.`);
  }
}

/** Marks the folder as this process's until `release` is called. */
export function lockDataFolder(dataDir: string): () => void {
  const file = lockFile(dataDir);
  writeFileSync(file, String(process.pid));
  return () => rmSync(file, { force: true });
}

/**
 * Empties the data folder for a fresh seed. Refuses a folder that is neither empty nor the demo's own
 * (no PGlite database inside), so that a mistyped DEMO_DATA_DIR cannot wipe anything else.
 */
export function resetDataFolder(dataDir: string): void {
  if (!existsSync(dataDir)) return;
  const isDemoFolder = existsSync(path.join(databaseDir(dataDir), "PG_VERSION"));
  if (!isDemoFolder && readdirSync(dataDir).length > 0) {
    throw new Error(`Not resetting ${dataDir}: it is not empty and holds no demo database.`);
  }
  rmSync(dataDir, { recursive: true, force: true });
}
