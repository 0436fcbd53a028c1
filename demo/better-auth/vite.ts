import type { Server } from "node:http";
import path from "node:path";
import react from "@vitejs/plugin-react";
import { createServer, type ViteDevServer } from "vite";
import { REPO_ROOT } from "../config";

/**
 * The Better Auth demo's page, served by Vite in middleware mode on the server's own port, as the
 * main demo does (demo/vite.ts, whose page folder is fixed). Its own cache folder, so the two demos
 * never share optimised dependencies.
 */
export function createBetterAuthVite(httpServer: Server, cacheDir: string): Promise<ViteDevServer> {
  return createServer({
    configFile: false,
    root: path.join(REPO_ROOT, "demo/better-auth/client"),
    cacheDir,
    appType: "spa",
    plugins: [react()],
    clearScreen: false,
    logLevel: process.env.DEMO_VITE_LOG === "info" ? "info" : "warn",
    server: {
      middlewareMode: true,
      ws: { server: httpServer },
      fs: { allow: [REPO_ROOT] },
      warmup: { clientFiles: ["./main.tsx"] },
    },
  });
}
