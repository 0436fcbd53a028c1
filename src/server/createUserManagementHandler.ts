import { type Clock, systemClock } from "../core/clock";
import { UserManagementError } from "../core/errors";
import type { Invitation } from "../core/types";
import { OPERATIONS, type Operation, type OperationId } from "../http/operations";
import { type OperationInput, serveContract } from "./contractRoutes";
import { errorResponse } from "./errorResponse";
import { type ContractServerOptions, handlerSettings } from "./handlerSettings";
import { type Caller, runOperation } from "./operationRunner";
import type { OperationSettings } from "./operations/operationContext";
import { configuredOrigin } from "./requestGuards";
import { DEFAULT_PASSWORD_ITERATIONS } from "./secrets";
import type { UserManagementStore } from "./store";

/**
 * Who is calling, as `getViewer` tells it (R28): the user (or external user) id alone when the store
 * serves one account, or the account and the user when it serves several.
 */
export type ViewerIdentity = string | { accountId: string; userId: string };

/** Options of `createUserManagementHandler`. */
export interface UserManagementHandlerOptions extends ContractServerOptions {
  /** Where the account's data lives, e.g. `createPostgresStore({ client })`. */
  store: UserManagementStore;
  /**
   * Who is calling, from your auth (cookie, bearer token…): `{ accountId, userId }`, the account the
   * request's session is signed in to and the user (or external user) id there; or the user id alone
   * when the store holds a single account. `null` or `undefined` when the request carries no session.
   * R28: every read and write of the request is scoped to that account; an id of another account
   * answers exactly as a missing one. A store with several accounts refuses a user id alone (500, told
   * to `onError`): it cannot tell which account is meant.
   */
  getViewer(request: Request): ViewerIdentity | null | undefined | Promise<ViewerIdentity | null | undefined>;
  /** R11, R13: mail the invitation's accept link. Called after the invitation is stored. */
  sendInvitation(invitation: Invitation, link: string): void | Promise<void>;
  /** R20: end every session of this user: they were deleted, suspended or lost external access. */
  onAccessRevoked(userId: string): void | Promise<void>;
  /** Time source for invitation expiry (R12); defaults to the system clock. */
  clock?: Clock;
  /**
   * The page where invitees accept (R15): the token is added as `?token=…`. An absolute URL
   * (`https://app.example.com/join`), a path resolved against `publicOrigin`, or a function building the
   * link. Defaults to `/accept-invitation`. Never resolved against the request's `Host`, which a caller
   * chooses: links in mail would lead wherever they liked.
   */
  acceptUrl?: string | ((token: string) => string);
  /**
   * Where people reach your app, e.g. `"https://app.example.com"` (scheme, host and port, no path): the
   * origin of accept links built from a relative `acceptUrl`. Required then, and creating the handler
   * throws without it, except when `process.env.NODE_ENV` is `"development"` or `"test"`, where links
   * fall back to the request's own origin. Requests from it are trusted as if in `trustedOrigins`.
   */
  publicOrigin?: string;
  /**
   * Told about failures that are not the caller's: database faults and deadlines (answered 503
   * `unavailable`, retryable), bugs (500 `unavailable`), and effects after a commit that kept failing
   * (a mail, ending sessions: the answer still reports the change, R30). Defaults to `console.error`.
   */
  onError?(error: unknown): void;
  /** PBKDF2 iterations for new password hashes. Defaults to 600,000; lower only in tests. */
  passwordIterations?: number;
}

type AcceptUrl = UserManagementHandlerOptions["acceptUrl"];

/** What `getViewer` answered, as the caller of an operation; `undefined` when there is no session. */
function callerOf(identity: unknown): Caller | undefined {
  if (identity === null || identity === undefined || identity === "") return undefined;
  if (typeof identity === "string") return { userId: identity };
  const { accountId, userId } = (typeof identity === "object" ? identity : {}) as Record<string, unknown>;
  if (typeof accountId === "string" && accountId !== "" && typeof userId === "string") {
    return userId === "" ? undefined : { accountId, userId };
  }
  throw new TypeError(
    "createUserManagementHandler: getViewer must return a user id, { accountId, userId } (non-empty strings), " +
      `null or undefined; it returned ${JSON.stringify(identity)}.`,
  );
}

const isAbsoluteUrl = (url: string) => {
  try {
    return Boolean(new URL(url));
  } catch {
    return false;
  }
};

/** `NODE_ENV` where there is a `process` (Node, Bun, Deno's compatibility); undefined in workers. */
function nodeEnvironment(): string | undefined {
  const { process } = globalThis as { process?: { env?: Record<string, string | undefined> } };
  return process?.env?.NODE_ENV;
}

/**
 * R13, R15: how accept links are built, decided once at creation and only from configuration. A
 * relative `acceptUrl` without `publicOrigin` is refused outside development and tests, where it
 * falls back to the request's origin (`(request) => builder`, for local set-ups only).
 */
function acceptLinkPlan(
  acceptUrl: AcceptUrl,
  publicOrigin: string | undefined,
): (request: Request) => (token: string) => string {
  if (typeof acceptUrl === "function") return () => acceptUrl;
  const page = acceptUrl ?? "/accept-invitation";
  const withToken = (base: URL) => (token: string) => {
    const link = new URL(base);
    link.searchParams.set("token", token);
    return link.toString();
  };
  if (isAbsoluteUrl(page) || publicOrigin !== undefined) {
    const build = withToken(new URL(page, publicOrigin));
    return () => build;
  }
  const environment = nodeEnvironment();
  if (environment !== "development" && environment !== "test") {
    throw new Error(
      `createUserManagementHandler: accept links need an origin. acceptUrl is "${page}", a path: set publicOrigin ` +
        `(e.g. "https://app.example.com"), or make acceptUrl absolute. Links are never built from the request's Host, ` +
        `which any caller can set.`,
    );
  }
  // Development and tests only: there, the request's origin is the developer's own machine.
  return (request) => withToken(new URL(page, request.url));
}

/**
 * The server side of the HTTP contract (react-user-management/openapi.json): a standard
 * `(request: Request) => Promise<Response>`, so it mounts in Node, Next.js route handlers, Deno, Bun
 * or workers. Routed by Hono. Every request runs in one store transaction; the caller is loaded
 * from the store and must be active (R10); every action is decided by core's `can()` and every
 * body validated, so a client that bypasses the UI changes nothing it may not (R9).
 *
 * Before any operation runs (R9, R31): a mutation from an untrusted page is 403 (`trustedOrigins`,
 * `Sec-Fetch-Site`), a body that is not JSON is 415 (so a cross-site form cannot act with the
 * host's cookie), a body over `maxBodyBytes` is 413, a malformed path id or query value is 422, and
 * a known path asked with another method is 405 with `Allow`. At most `maxConcurrentRequests` run at
 * once (the pool's size by default) and `maxQueuedRequests` wait; any more are answered at once with
 * 503 `unavailable` and `Retry-After` (R31). Throws at creation when accept links
 * would have no configured origin (see `publicOrigin`).
 */
export function createUserManagementHandler(
  options: UserManagementHandlerOptions,
): (request: Request) => Promise<Response> {
  const clock = options.clock ?? systemClock;
  const publicOrigin =
    options.publicOrigin === undefined ? undefined : configuredOrigin(options.publicOrigin, "publicOrigin");
  const acceptLink = acceptLinkPlan(options.acceptUrl, publicOrigin);
  const settings = handlerSettings(
    "createUserManagementHandler",
    options,
    publicOrigin === undefined ? [] : [publicOrigin],
    options.store.maxConcurrentTransactions,
  );

  return serveContract(
    settings,
    async <K extends OperationId>(operationId: K, request: Request, input: OperationInput<K>) => {
      const operation: Operation = OPERATIONS[operationId];
      const caller = operation.anonymous ? undefined : callerOf(await options.getViewer(request));
      if (!operation.anonymous && !caller) {
        return errorResponse(new UserManagementError("access_revoked", "You are not signed in to this account."), 401);
      }
      const operationSettings: OperationSettings = {
        clock,
        passwordIterations: options.passwordIterations ?? DEFAULT_PASSWORD_ITERATIONS,
        acceptLink: acceptLink(request),
        sendInvitation: options.sendInvitation,
        onAccessRevoked: options.onAccessRevoked,
        onError: settings.onError,
      };
      return runOperation(options.store, operationId, caller, input, operationSettings);
    },
  );
}
