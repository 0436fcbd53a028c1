import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository's root: the demo imports the library from src/, and keeps its data beside it. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** How the demo runs, from the environment (the e2e tests start it on a throwaway folder and port). */
export interface DemoConfig {
  /** Loopback only: the identity cookie is trusted as it is, so nobody else may reach the demo. */
  host: string;
  port: number;
  /** Where PGlite keeps the database (and Vite its cache). */
  dataDir: string;
  /** Start from a fresh seed: the folder is emptied first. */
  reset: boolean;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): DemoConfig {
  const port = Number(env.DEMO_PORT ?? 5174);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new RangeError(`DEMO_PORT must be a port number, got “${env.DEMO_PORT}”.`);
  }
  return {
    host: "127.0.0.1",
    port,
    dataDir: path.resolve(REPO_ROOT, env.DEMO_DATA_DIR ?? ".demo-data"),
    reset: env.DEMO_RESET === "1" || env.DEMO_RESET === "true",
  };
}
