import { Hono } from "hono";
import type { SqlClient } from "../src/server";
import type { DemoOutbox } from "./outbox";
import { listPeople } from "./people";
import { API_BASE_PATH, DEMO_API_PATH, type Outbox, VIEWER_COOKIE } from "./shared";

/**
 * DEMO ONLY, NOT AUTHENTICATION: the caller is whoever the `demo_viewer` cookie names, as the
 * "signed in as" switcher set it. A real app reads its own verified session here.
 */
export function viewerFromCookie(request: Request): string | null {
  for (const part of (request.headers.get("cookie") ?? "").split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name === VIEWER_COOKIE) return decodeURIComponent(value.join("=")) || null;
  }
  return null;
}

/** The demo's HTTP API: the library's handler where the page's REST adapter expects it, and the demo's own endpoints. */
export function createDemoApp(options: {
  db: SqlClient;
  outbox: DemoOutbox;
  handler: (request: Request) => Promise<Response>;
}): Hono {
  const app = new Hono();
  app.all(`${API_BASE_PATH}/*`, (c) => options.handler(c.req.raw));
  app.get(`${DEMO_API_PATH}/people`, async (c) => c.json(await listPeople(options.db)));
  app.get(`${DEMO_API_PATH}/outbox`, async (c) => c.json({ messages: await options.outbox.list() } satisfies Outbox));
  return app;
}
