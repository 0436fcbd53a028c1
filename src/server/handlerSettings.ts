import {
  type AdmissionLimits,
  type Admit,
  DEFAULT_RETRY_AFTER_SECONDS,
  QUEUED_PER_RUNNING,
  requestAdmission,
} from "./requestAdmission";
import { configuredOrigin, DEFAULT_MAX_BODY_BYTES, type OriginPolicy } from "./requestGuards";

/**
 * The options every handler of the HTTP contract takes (`createUserManagementHandler`,
 * `createAdapterHandler`): where it is mounted and how it guards requests (R9, R31).
 */
export interface ContractServerOptions {
  /** Where the handler is mounted, e.g. `/api/user-management`; the contract's paths follow it. */
  basePath?: string;
  /**
   * R31: the largest request body accepted, in bytes; larger ones are refused with 413 before they
   * are read in full (a missing or false `Content-Length` is counted, not trusted). Defaults to
   * 65,536 (64 KB): a batch of 100 invitations takes a few KB.
   */
  maxBodyBytes?: number;
  /**
   * R9: the origins whose pages may send mutations (POST, PATCH, DELETE), e.g.
   * `["https://app.example.com"]`. When set, a mutation whose `Origin` header is another one is
   * refused with 403 `forbidden`, and so is one without `Origin` that a browser marks
   * `Sec-Fetch-Site: same-site` or `cross-site`. Whether set or not, a browser's cross-site mutation
   * (`Sec-Fetch-Site: cross-site`) is refused unless its `Origin` is listed (or is the handler's
   * `publicOrigin`, where it has one). Requests carrying neither header (other servers, scripts) are
   * not browser requests and pass.
   */
  trustedOrigins?: readonly string[];
  /**
   * R31: how many requests run at once (their store transactions or adapter calls, `getViewer` and
   * the effects after a commit included). Others wait in a queue of `maxQueuedRequests`, first come
   * first served. `createUserManagementHandler` defaults to the store's `maxConcurrentTransactions`
   * (a `pg` pool's size, `max`, through `pgPoolClient`: 10 unless set), or 10 when the store does not
   * say (PGlite runs one statement at a time anyway); `createAdapterHandler` defaults to 50. Guards
   * and refusals before the operation (403, 405, 413, 415, 422) are not counted.
   */
  maxConcurrentRequests?: number;
  /**
   * R31: how many requests may wait for one of the `maxConcurrentRequests` to end; `0` for none.
   * Beyond it a request is answered at once with 503 `unavailable` and `Retry-After`, and nothing of
   * it runs: the server sheds load rather than holding sockets it cannot serve, and serves again as
   * soon as running requests end. A caller who gives up while waiting leaves the queue. Defaults to
   * ten times `maxConcurrentRequests`.
   */
  maxQueuedRequests?: number;
  /** R31: the `Retry-After` of an overload answer, in whole seconds. Defaults to 1. */
  retryAfterSeconds?: number;
}

/** What a handler runs with once its options are checked. */
export interface HandlerSettings {
  /** Without a trailing slash; `""` at the root. */
  basePath: string;
  maxBodyBytes: number;
  originPolicy: OriginPolicy;
  onError(error: unknown): void;
  limits: AdmissionLimits;
  /** R31: runs a request's operation once a slot is free, or answers 503 when too many wait. */
  admit: Admit;
}

/** `value` as a whole number of at least `least`, or a start-up error naming the option. */
function wholeNumber(factory: string, option: string, value: number, least: number): number {
  if (!Number.isSafeInteger(value) || value < least) {
    throw new Error(`${factory}: ${option} must be a whole number from ${least}, got ${value}.`);
  }
  return value;
}

/**
 * Checks the shared options when a handler is created, so that a typo fails at start-up rather than
 * refusing every request. `factory` names the handler in messages; `alsoTrusted` are origins trusted
 * beside `trustedOrigins` (the store handler's `publicOrigin`), already checked;
 * `defaultConcurrency` is `maxConcurrentRequests` when the options do not set it.
 */
export function handlerSettings(
  factory: string,
  options: ContractServerOptions & { onError?(error: unknown): void },
  alsoTrusted: readonly string[] = [],
  defaultConcurrency = 10,
): HandlerSettings {
  const trustedOrigins = (options.trustedOrigins ?? []).map((origin) =>
    configuredOrigin(origin, "trustedOrigins", factory),
  );
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  if (!Number.isSafeInteger(maxBodyBytes) || maxBodyBytes < 1) {
    throw new Error(`${factory}: maxBodyBytes must be a whole number of bytes from 1, got ${maxBodyBytes}.`);
  }
  const maxConcurrentRequests = wholeNumber(
    factory,
    "maxConcurrentRequests",
    options.maxConcurrentRequests ?? defaultConcurrency,
    1,
  );
  const limits: AdmissionLimits = {
    maxConcurrentRequests,
    maxQueuedRequests: wholeNumber(
      factory,
      "maxQueuedRequests",
      options.maxQueuedRequests ?? QUEUED_PER_RUNNING * maxConcurrentRequests,
      0,
    ),
    retryAfterSeconds: wholeNumber(
      factory,
      "retryAfterSeconds",
      options.retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS,
      1,
    ),
  };
  return {
    limits,
    admit: requestAdmission(limits),
    basePath: (options.basePath ?? "").replace(/\/+$/, ""),
    maxBodyBytes,
    originPolicy: {
      trusted: new Set([...trustedOrigins, ...alsoTrusted]),
      strict: options.trustedOrigins !== undefined,
    },
    onError: options.onError ?? ((error: unknown) => console.error(`react-user-management ${factory}:`, error)),
  };
}
