import { Hono } from "hono";
import { type Clock, systemClock } from "../core/clock";
import { UserManagementError } from "../core/errors";
import type { Invitation } from "../core/types";
import { OPERATIONS, type Operation, type OperationId } from "../http/operations";
import { errorResponse, responseForThrown } from "./errorResponse";
import { type OperationInput, runOperation } from "./operationRunner";
import type { OperationSettings } from "./operations/operationContext";
import { readBody } from "./requestInput";
import { DEFAULT_PASSWORD_ITERATIONS } from "./secrets";
import type { UserManagementStore } from "./store";

/** Options of `createUserManagementHandler`. */
export interface UserManagementHandlerOptions {
  /** Where the account's data lives, e.g. `createPostgresStore({ client })`. */
  store: UserManagementStore;
  /**
   * Who is calling: the user (or external user) id of the request's session, from your auth
   * (cookie, bearer token…). `null` or `undefined` when the request carries no session.
   */
  getViewer(request: Request): string | null | undefined | Promise<string | null | undefined>;
  /** R11, R13: mail the invitation's accept link. Called after the invitation is stored. */
  sendInvitation(invitation: Invitation, link: string): void | Promise<void>;
  /** R20: end every session of this user: they were deleted, suspended or lost external access. */
  onAccessRevoked(userId: string): void | Promise<void>;
  /** Time source for invitation expiry (R12); defaults to the system clock. */
  clock?: Clock;
  /**
   * The page where invitees accept (R15): the token is added as `?token=…`. A path is resolved against
   * the request's origin. Or a function building the link. Defaults to `/accept-invitation`.
   */
  acceptUrl?: string | ((token: string) => string);
  /** Where the handler is mounted, e.g. `/api/user-management`; the contract's paths follow it. */
  basePath?: string;
  /** Told about unexpected failures (answered as 500 `unavailable`). Defaults to `console.error`. */
  onError?(error: unknown): void;
  /** PBKDF2 iterations for new password hashes. Defaults to 600,000; lower only in tests. */
  passwordIterations?: number;
}

function acceptLinkBuilder(acceptUrl: UserManagementHandlerOptions["acceptUrl"], request: Request) {
  if (typeof acceptUrl === "function") return acceptUrl;
  const base = new URL(acceptUrl ?? "/accept-invitation", request.url);
  return (token: string) => {
    const link = new URL(base);
    link.searchParams.set("token", token);
    return link.toString();
  };
}

/**
 * The server side of the HTTP contract (react-user-management/openapi.json): a standard
 * `(request: Request) => Promise<Response>`, so it mounts in Node, Next.js route handlers, Deno, Bun
 * or workers. Routed by Hono. Every request runs in one store transaction; the caller is loaded
 * from the store and must be active (R10); every action is decided by core's `can()` and every
 * body validated, so a client that bypasses the UI changes nothing it may not (R9).
 */
export function createUserManagementHandler(
  options: UserManagementHandlerOptions,
): (request: Request) => Promise<Response> {
  const clock = options.clock ?? systemClock;
  const onError = options.onError ?? ((error: unknown) => console.error("react-user-management handler:", error));
  const basePath = (options.basePath ?? "").replace(/\/+$/, "");
  const app = new Hono();

  async function run<K extends OperationId>(operationId: K, request: Request, input: OperationInput<K>) {
    const operation: Operation = OPERATIONS[operationId];
    const viewerId = operation.anonymous ? undefined : await options.getViewer(request);
    if (!operation.anonymous && !viewerId) {
      return errorResponse(new UserManagementError("access_revoked", "You are not signed in to this account."), 401);
    }
    const settings: OperationSettings = {
      clock,
      passwordIterations: options.passwordIterations ?? DEFAULT_PASSWORD_ITERATIONS,
      acceptLink: acceptLinkBuilder(options.acceptUrl, request),
      sendInvitation: options.sendInvitation,
      onAccessRevoked: options.onAccessRevoked,
      onError,
    };
    return runOperation(options.store, operationId, viewerId ?? undefined, input, settings);
  }

  for (const operationId of Object.keys(OPERATIONS) as OperationId[]) {
    const operation: Operation = OPERATIONS[operationId];
    app.on(operation.method, `${basePath}${operation.path.replace("{id}", ":id")}`, async (c) => {
      const request = c.req.raw;
      const body = operation.body ? await readBody(request, operation.body) : undefined;
      const input = { id: c.req.param("id") ?? "", query: new URL(request.url).searchParams, body };
      const result = await run(operationId, request, input as OperationInput<typeof operationId>);
      if (result instanceof Response) return result;
      return result === undefined ? c.body(null, 204) : c.json(result);
    });
  }
  app.notFound((c) =>
    c.json(
      {
        error: {
          code: "not_found",
          message: `No operation of the user management API at ${c.req.method} ${c.req.path}.`,
        },
      },
      404,
    ),
  );
  app.onError((error) => responseForThrown(error, onError));

  return async (request) => app.fetch(request);
}
