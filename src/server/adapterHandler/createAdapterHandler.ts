import type { UserManagementAdapter } from "../../adapter/contract";
import { UserManagementError } from "../../core/errors";
import type { OperationId } from "../../http/operations";
import { type OperationInput, serveContract } from "../contractRoutes";
import { errorResponse } from "../errorResponse";
import { type ContractServerOptions, handlerSettings } from "../handlerSettings";
import { callAdapter } from "./adapterCalls";
import { contractAnswer, contractError } from "./contractAnswer";
import { servedCapabilities } from "./servedCapabilities";

/** Options of `createAdapterHandler`. */
export interface AdapterHandlerOptions extends ContractServerOptions {
  /**
   * The adapter that serves this request, built for it: bound to the caller's session (their
   * cookies, bearer token or headers), so that every call is made as them. Called once per request,
   * before its operation runs and after the request passed the guards. Never return one adapter
   * bound to one person for every request: each caller would act as that person.
   *
   * The handler decides nothing about who may do what: the adapter (or the backend behind it) must
   * enforce `can()` itself (R9), as every adapter must. To refuse a request without a session, throw
   * `new UserManagementError("access_revoked", "You are not signed in.")` here or from its methods.
   * `POST /invitations/accept` comes through here too (R15): from the invitee's session when they
   * have one, or with none when your backend accepts on the link's token alone.
   */
  adapter(request: Request): UserManagementAdapter | Promise<UserManagementAdapter>;
  /**
   * Told about failures that are not the caller's: anything the adapter threw that is not a
   * `UserManagementError` of the contract (answered 500 `unavailable`), its own backend failing
   * (`network`, `timeout`, `malformed_response`: 503 `unavailable`, retryable), its `unavailable`
   * errors (503), and answers that do not follow the contract (500, with where they differ).
   * Callers never see those details. Defaults to `console.error`.
   */
  onError?(error: unknown): void;
}

/** What `options.adapter` returned, refused with a message for the developer when it is no adapter. */
function assertAdapter(adapter: unknown): UserManagementAdapter {
  if (typeof adapter === "object" && adapter !== null) return adapter as UserManagementAdapter;
  throw new TypeError(
    `createAdapterHandler: options.adapter(request) must return a UserManagementAdapter (or a promise of one), got ${String(adapter)}.`,
  );
}

/** Default `maxConcurrentRequests`: adapter calls mostly wait on a backend over the network. */
const DEFAULT_ADAPTER_CONCURRENCY = 50;

/** A request its caller cancelled: nobody reads the answer, and it is no fault to report. */
const cancelled = () =>
  errorResponse(new UserManagementError("unavailable", "The request was cancelled before it finished."), 503);

/**
 * Serves any `UserManagementAdapter` over the HTTP contract (react-user-management/openapi.json), so
 * that `createRestAdapter` in the browser works with an adapter that only runs on the server: one
 * over your own API, your database, or an auth library called with the viewer's request headers.
 * A standard `(request: Request) => Promise<Response>`, like `createUserManagementHandler`, so it
 * mounts in Node, Next.js route handlers, Deno, Bun or workers.
 *
 * Every operation of the contract is served: one route per adapter method, the request's
 * `AbortSignal` forwarded to the call. The guards and the input checks are the store handler's
 * (R9, R31): an untrusted mutation is 403 (`trustedOrigins`, `Sec-Fetch-Site`), a body that is not
 * JSON 415, one over `maxBodyBytes` 413, a malformed path id, query value or body 422 with
 * `fieldErrors`, a path asked with another method 405 with `Allow`; nothing reaches the adapter
 * before. At most `maxConcurrentRequests` (50 unless set) run at once and `maxQueuedRequests` wait;
 * any more are answered at once with 503 `unavailable` and `Retry-After`, the adapter not called (R31).
 * A `UserManagementError` the adapter throws is answered with its code's status and its
 * `fieldErrors`; anything else is reported to `onError` and answered 500 without details, and the
 * handler keeps serving.
 *
 * `GET /capabilities` answers every capability explicitly: `false` for those whose methods the
 * adapter lacks and those its own `getCapabilities` turns off, with the behaviours it declares; the
 * UI then hides what the adapter cannot do. An operation whose optional method is absent answers
 * 501 `not_implemented`. Answers are validated against the contract and trimmed to its fields
 * before they go out, so a record of your backend's (a password hash, internal flags) never leaks;
 * an answer that does not follow it is reported to `onError` and answered 500.
 *
 * @example
 * ```ts
 * // app/api/user-management/[...path]/route.ts (Next.js): an adapter over Better Auth's API,
 * // called with the viewer's own cookies.
 * import { createAdapterHandler } from "react-user-management/server";
 * import { createMyAdapter } from "@/lib/userManagementAdapter";
 *
 * const handler = createAdapterHandler({
 *   basePath: "/api/user-management",
 *   trustedOrigins: ["https://app.example.com"],
 *   adapter: (request) => createMyAdapter({ headers: request.headers }),
 * });
 * export { handler as GET, handler as POST, handler as PATCH, handler as DELETE };
 *
 * // In the browser:
 * // createRestAdapter({ baseUrl: "/api/user-management" })
 * ```
 * @throws Error at creation when `trustedOrigins` holds something that is not an origin, or
 * `maxBodyBytes` is not a whole number from 1; TypeError when `adapter` is not a function.
 */
export function createAdapterHandler(options: AdapterHandlerOptions): (request: Request) => Promise<Response> {
  if (typeof options.adapter !== "function") {
    throw new TypeError(
      "createAdapterHandler: adapter must be a function of the request, (request) => adapter, building the " +
        `adapter for that request's caller; got ${typeof options.adapter}.`,
    );
  }
  const settings = handlerSettings("createAdapterHandler", options, [], DEFAULT_ADAPTER_CONCURRENCY);

  return serveContract(
    settings,
    async <K extends OperationId>(operationId: K, request: Request, input: OperationInput<K>) => {
      const { signal } = request;
      try {
        const adapter = assertAdapter(await options.adapter(request));
        const answer =
          operationId === "getCapabilities"
            ? await servedCapabilities(adapter, signal)
            : await callAdapter(adapter, operationId, input, signal);
        return contractAnswer(operationId, answer);
      } catch (error) {
        if (signal.aborted) return cancelled();
        throw contractError(operationId, error);
      }
    },
  );
}
