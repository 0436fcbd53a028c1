import { Hono } from "hono";
import { createBetterAuthAdapter } from "../../src/adapters/better-auth";
import { createAdapterHandler } from "../../src/server";
import type { DemoAuth } from "./auth";
import type { MemoryOutbox } from "./outbox";
import { API_BASE_PATH, AUTH_BASE_PATH, DEMO_API_PATH, type Outbox } from "./shared";

/** Who the demo's HTTP API serves: one organization of one Better Auth instance, on one origin. */
export interface DemoAppOptions {
  auth: DemoAuth;
  organizationId: string;
  outbox: MemoryOutbox;
  origin: string;
}

/**
 * The demo's HTTP API: Better Auth's own routes (sign-in, sign-up, sign-out), the library's contract
 * served by `createAdapterHandler` over the Better Auth adapter, and the development outbox.
 */
export function createDemoApp({ auth, organizationId, outbox, origin }: DemoAppOptions): Hono {
  const userManagement = createAdapterHandler({
    basePath: API_BASE_PATH,
    // Only this page may send changes (R9).
    trustedOrigins: [origin],
    // Bound to this request's caller: Better Auth reads their session cookie from these headers on
    // every call, so each person acts as themselves — the invitee too, right after signing up.
    adapter: (request) => createBetterAuthAdapter({ auth, headers: request.headers, organizationId }),
  });
  const app = new Hono();
  app.on(["GET", "POST"], `${AUTH_BASE_PATH}/*`, (c) => auth.handler(c.req.raw));
  app.all(`${API_BASE_PATH}/*`, (c) => userManagement(c.req.raw));
  app.get(`${DEMO_API_PATH}/outbox`, (c) => c.json({ messages: outbox.list() } satisfies Outbox));
  return app;
}
