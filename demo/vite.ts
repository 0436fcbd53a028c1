import type { Server } from "node:http";
import path from "node:path";
import react from "@vitejs/plugin-react";
import { createServer, type ViteDevServer } from "vite";
import { type DemoConfig, REPO_ROOT } from "./config";

/**
 * The page, served by Vite's dev server in middleware mode inside the demo's own HTTP server: one
 * port, no build step, the library compiled from src/ as it is edited (hot reload over the same port).
 * Inline config (`configFile: false`), so the repository's vitest.config.ts is not picked up.
 */
export function createDemoVite(
  httpServer: Server,
  config: DemoConfig,
  page: { folder: string; cacheName: string } = { folder: "demo/client", cacheName: "vite" },
): Promise<ViteDevServer> {
  return createServer({
    configFile: false,
    root: path.join(REPO_ROOT, page.folder),
    // In the data folder, one per page: two demos (yours and the e2e tests', or the Better Auth one)
    // never share optimised dependencies.
    cacheDir: path.join(config.dataDir, page.cacheName),
    appType: "spa",
    plugins: [react()],
    clearScreen: false,
    logLevel: process.env.DEMO_VITE_LOG === "info" ? "info" : "warn",
    server: {
      middlewareMode: true,
      ws: { server: httpServer },
      fs: { allow: [REPO_ROOT] },
      // Compiled while the server starts, so the first page load does not wait for it.
      warmup: { clientFiles: ["./main.tsx"] },
      // PGlite writes the data folder; watching it would only cost.
      watch: { ignored: [`${config.dataDir}/**`] },
    },
  });
}
