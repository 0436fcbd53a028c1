import { Hono } from "hono";
import { type Clock, systemClock } from "../core/clock";
import { UserManagementError } from "../core/errors";
import type { Invitation, Viewer } from "../core/types";
import { assertActiveViewer } from "../core/viewerAccess";
import { type BodyOf, OPERATIONS, type Operation, type OperationId, type ResultOf } from "../http/operations";
import { errorResponse, responseForThrown } from "./errorResponse";
import * as externalUsers from "./operations/externalUserOperations";
import * as invitations from "./operations/invitationOperations";
import type { OperationContext, OperationSettings, ViewerContext } from "./operations/operationContext";
import * as session from "./operations/sessionOperations";
import * as users from "./operations/userOperations";
import { readBody, readPaging, readUserListQuery } from "./requestInput";
import { DEFAULT_PASSWORD_ITERATIONS } from "./secrets";
import type { StoreTransaction, UserManagementStore } from "./store";

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

/** What an operation gets from the request: the path's id, the query string, the validated body. */
interface OperationInput<K extends OperationId> {
  id: string;
  query: URLSearchParams;
  body: BodyOf<K>;
}

type Implementation<K extends OperationId> = (context: ViewerContext, input: OperationInput<K>) => Promise<ResultOf<K>>;

// The wiring between the contract's routes and the operations: what each takes from the request.
const IMPLEMENTATIONS: { [K in OperationId]: Implementation<K> } = {
  getSession: (context) => session.getSession(context),
  getRoleModel: (context) => session.getRoleModel(context),
  listUsers: (context, { query }) => users.listUsers(context, readUserListQuery(query)),
  getUser: (context, { id }) => users.getUser(context, { id }),
  updateUser: (context, { id, body }) => users.updateUser(context, { id, ...body }),
  deleteUser: (context, { id }) => users.deleteUser(context, { id }),
  suspendUser: (context, { id, body }) => users.suspendUser(context, { id, ...body }),
  reactivateUser: (context, { id, body }) => users.reactivateUser(context, { id, ...body }),
  changePassword: (context, { id, body }) => users.changePassword(context, { id, ...body }),
  listInvitations: (context, { query }) => invitations.listInvitations(context, readPaging(query)),
  inviteUsers: (context, { body }) => invitations.inviteUsers(context, body),
  resendInvitation: (context, { id }) => invitations.resendInvitation(context, { id }),
  cancelInvitation: (context, { id }) => invitations.cancelInvitation(context, { id }),
  replaceInvitation: (context, { id, body }) => invitations.replaceInvitation(context, { id, ...body }),
  acceptInvitation: (context, { body }) => invitations.acceptInvitation(context, body),
  listExternalUsers: (context, { query }) => externalUsers.listExternalUsers(context, readPaging(query)),
  updateExternalUser: (context, { id, body }) => externalUsers.updateExternalUser(context, { id, ...body }),
  removeExternalUser: (context, { id }) => externalUsers.removeExternalUser(context, { id }),
};

// PostgreSQL's "try again" errors: a serialization failure or a deadlock the server broke.
const RETRYABLE_SQL_STATES = new Set(["40001", "40P01"]);
const MAX_ATTEMPTS = 3;

const isRetryable = (error: unknown) =>
  typeof error === "object" && error !== null && RETRYABLE_SQL_STATES.has(String((error as { code?: unknown }).code));

/** R10: the caller as stored now: a user or an external user of this account. */
async function findViewer(tx: StoreTransaction, id: string): Promise<Viewer | undefined> {
  const person = (await tx.findUser(id)) ?? (await tx.findExternalUser(id));
  if (!person) return undefined;
  const { email, firstName, lastName, roleId, permissions, status } = person;
  return { id, email, firstName, lastName, roleId, permissions, status, isExternal: "homeAccount" in person };
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
    };
    for (let attempt = 1; ; attempt++) {
      const effects: (() => void | Promise<void>)[] = [];
      try {
        const result = await options.store.transaction(async (tx) => {
          const context: OperationContext = {
            tx,
            settings,
            account: await tx.getAccount(),
            after: (effect) => effects.push(effect),
          };
          const viewer = viewerId ? assertActiveViewer(await findViewer(tx, viewerId)) : undefined;
          // Anonymous operations never read `viewer`: their implementations take an OperationContext.
          return IMPLEMENTATIONS[operationId]({ ...context, viewer } as ViewerContext, input);
        });
        for (const effect of effects) await effect();
        return result;
      } catch (error) {
        if (attempt < MAX_ATTEMPTS && isRetryable(error)) continue;
        throw error;
      }
    }
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
