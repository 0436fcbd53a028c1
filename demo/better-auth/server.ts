/*
 * The Better Auth demo: `UserManagementPage` on `createRestAdapter`, served by `createAdapterHandler`
 * over `createBetterAuthAdapter`, on a Better Auth instance with the organization plugin. Real
 * sign-in, sign-up and invitations; the data lives in memory and is seeded afresh at every start.
 *
 *   node --import tsx demo/better-auth/server.ts
 *
 *   DEMO_PORT      port (default 5175)
 *   DEMO_DATA_DIR  where Vite keeps its cache, in a `vite-better-auth` sub-folder (default .demo-data)
 */
import { createServer } from "node:http";
import { getRequestListener } from "@hono/node-server";
import { readConfig } from "../config";
import { createDemoVite } from "../vite";
import { createDemoApp } from "./app";
import { createDemoAuth } from "./auth";
import { createMemoryOutbox } from "./outbox";
import { seed } from "./seed";
import { API_BASE_PATH, AUTH_BASE_PATH, DEMO_API_PATH, SEEDED_PEOPLE } from "./shared";

const started = performance.now();
// The main demo's settings, on a port of its own by default so that both can run side by side.
const config = readConfig({ DEMO_PORT: "5175", ...process.env });
const origin = `http://${config.host}:${config.port}`;

const outbox = createMemoryOutbox();
const auth = createDemoAuth(origin, outbox);
const organizationId = await seed(auth);
const api = getRequestListener(createDemoApp({ auth, organizationId, outbox, origin }).fetch);

const httpServer = createServer();
const vite = await createDemoVite(httpServer, config, {
  folder: "demo/better-auth/client",
  cacheName: "vite-better-auth",
});
const apiPaths = [AUTH_BASE_PATH, API_BASE_PATH, DEMO_API_PATH].map((base) => `${base}/`);
httpServer.on("request", (request, response) => {
  const url = request.url ?? "/";
  if (apiPaths.some((base) => url.startsWith(base))) return void api(request, response);
  vite.middlewares(request, response);
});

httpServer.once("error", (error) => {
  console.error(`\n  The Better Auth demo could not listen on ${origin}: ${error.message} (set DEMO_PORT)\n`);
  void stop(1);
});
httpServer.listen(config.port, config.host, () => {
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const people = Object.values(SEEDED_PEOPLE).map((p) => `    ${p.role.padEnd(6)} ${p.email} / ${p.password}`);
  console.log(
    `\n  react-user-management on Better Auth: ${origin}/  (ready in ${seconds} s)\n` +
      `  sign in as (data in memory, seeded afresh at every start):\n${people.join("\n")}\n`,
  );
});

let stopping = false;
async function stop(exitCode = 0) {
  if (stopping) return;
  stopping = true;
  httpServer.closeAllConnections();
  httpServer.close();
  await vite.close();
  process.exit(exitCode);
}
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
