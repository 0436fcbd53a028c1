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
}

/** What a handler runs with once its options are checked. */
export interface HandlerSettings {
  /** Without a trailing slash; `""` at the root. */
  basePath: string;
  maxBodyBytes: number;
  originPolicy: OriginPolicy;
  onError(error: unknown): void;
}

/**
 * Checks the shared options when a handler is created, so that a typo fails at start-up rather than
 * refusing every request. `factory` names the handler in messages; `alsoTrusted` are origins trusted
 * beside `trustedOrigins` (the store handler's `publicOrigin`), already checked.
 */
export function handlerSettings(
  factory: string,
  options: ContractServerOptions & { onError?(error: unknown): void },
  alsoTrusted: readonly string[] = [],
): HandlerSettings {
  const trustedOrigins = (options.trustedOrigins ?? []).map((origin) =>
    configuredOrigin(origin, "trustedOrigins", factory),
  );
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  if (!Number.isSafeInteger(maxBodyBytes) || maxBodyBytes < 1) {
    throw new Error(`${factory}: maxBodyBytes must be a whole number of bytes from 1, got ${maxBodyBytes}.`);
  }
  return {
    basePath: (options.basePath ?? "").replace(/\/+$/, ""),
    maxBodyBytes,
    originPolicy: {
      trusted: new Set([...trustedOrigins, ...alsoTrusted]),
      strict: options.trustedOrigins !== undefined,
    },
    onError: options.onError ?? ((error: unknown) => console.error(`react-user-management ${factory}:`, error)),
  };
}
