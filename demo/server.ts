/*
 * `npm run demo`: the library full stack on loopback. The server handler of
 * `react-user-management/server` on PGlite stored in the data folder, and a page with
 * `UserManagementPage` on the REST adapter, a "signed in as" switcher and a development outbox.
 *
 *   DEMO_PORT      port (default 5174)
 *   DEMO_DATA_DIR  data folder (default .demo-data); seeded on first start, kept afterwards
 *   DEMO_RESET=1   start from a fresh seed
 */
import { createServer } from "node:http";
import { getRequestListener } from "@hono/node-server";
import { createPostgresStore, createUserManagementHandler } from "../src/server";
import { readConfig } from "./config";
import { openDemoDatabase } from "./database";
import { createDemoApp, viewerFromCookie } from "./demoApp";
import { readRoleModel } from "./people";
import { DEMO_PASSWORD_ITERATIONS, outboxEntry } from "./seed";
import { API_BASE_PATH, DEMO_API_PATH } from "./shared";
import { createDemoVite } from "./vite";

const started = performance.now();
const config = readConfig();
const { db, outbox, seeded, close } = await openDemoDatabase(config).catch((error: Error) => {
  console.error(`\n  The demo could not start: ${error.message}\n`);
  process.exit(1);
});
// The demo never changes the role model: read once, for the outbox's role names.
const roleModel = await readRoleModel(db);

// The page and the API share this origin: accept links lead here, and only this page may change data.
const origin = `http://${config.host}:${config.port}`;
const handler = createUserManagementHandler({
  store: createPostgresStore({ client: db }),
  publicOrigin: origin,
  trustedOrigins: [origin],
  getViewer: viewerFromCookie,
  sendInvitation: (invitation, link) => outbox.add(outboxEntry(invitation, link, roleModel)),
  onAccessRevoked: (userId) => console.log(`[demo] access revoked: ${userId} is logged out`),
  basePath: API_BASE_PATH,
  passwordIterations: DEMO_PASSWORD_ITERATIONS,
});
const api = getRequestListener(createDemoApp({ db, outbox, handler }).fetch);

const httpServer = createServer();
const vite = await createDemoVite(httpServer, config);
httpServer.on("request", (request, response) => {
  const url = request.url ?? "/";
  if (url.startsWith(`${API_BASE_PATH}/`) || url.startsWith(`${DEMO_API_PATH}/`)) return void api(request, response);
  vite.middlewares(request, response);
});

httpServer.once("error", (error) => {
  console.error(`\n  The demo could not listen on ${config.host}:${config.port}: ${error.message} (set DEMO_PORT)\n`);
  void stop(1);
});
httpServer.listen(config.port, config.host, () => {
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `\n  react-user-management demo: ${origin}/  (ready in ${seconds} s)\n` +
      `  data: ${config.dataDir} (${seeded ? "seeded now" : "kept from the last run"}); delete it to start afresh.\n`,
  );
});

let stopping = false;
async function stop(exitCode = 0) {
  if (stopping) return;
  stopping = true;
  httpServer.closeAllConnections();
  httpServer.close();
  await vite.close();
  // A clean PostgreSQL shutdown, so the data folder is consistent for the next start.
  await close();
  if (exitCode === 0) console.log(`  demo stopped; data kept in ${config.dataDir}`);
  process.exit(exitCode);
}
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
