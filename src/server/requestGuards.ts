import { UserManagementError } from "../core/errors";
import { OPERATIONS, type Operation } from "../http/operations";
import { errorResponse } from "./errorResponse";

/*
 * R9, R31: what the handler checks on a request before any operation sees it. A browser sends the
 * host's cookie with a cross-site form, so a mutation must prove it was not such a form: forms can
 * only send text/plain, urlencoded or multipart bodies (never application/json without a CORS
 * preflight), and browsers say where a request came from in `Origin` and `Sec-Fetch-Site`.
 */

/** Default of `maxBodyBytes`: far above any request of the contract (100 invitees fit in a few KB). */
export const DEFAULT_MAX_BODY_BYTES = 65_536;

const NOT_JSON = "Send the request body as JSON (Content-Type: application/json).";
const NO_BODY_EXPECTED =
  "This request takes no body: send it without one, or as JSON (Content-Type: application/json).";
const UNTRUSTED = "This request came from a site this server does not trust.";

/** A request refused before it reaches an operation, with its status (403, 405, 413, 415). */
export class RefusedRequest extends Error {
  constructor(
    readonly status: number,
    readonly error: UserManagementError,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(error.message);
    this.name = "RefusedRequest";
  }

  /** The contract's error response, with this refusal's status and headers. */
  toResponse(): Response {
    const response = errorResponse(this.error, this.status);
    for (const [name, value] of Object.entries(this.headers)) response.headers.set(name, value);
    return response;
  }
}

/** Reads change nothing; everything else is a mutation that must come from a trusted page. */
export const isMutation = (method: string) => method !== "GET" && method !== "HEAD" && method !== "OPTIONS";

/** `https://App.Example.com:443/` → `https://app.example.com`; `undefined` unless an http(s) origin with no path. */
function originOf(value: string): string | undefined {
  try {
    const url = new URL(value);
    const bare = url.pathname === "/" && url.search === "" && url.hash === "";
    return (url.protocol === "http:" || url.protocol === "https:") && bare ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Checks a configured origin (`trustedOrigins`, `publicOrigin`) when the handler is created, so a
 * typo fails at start-up rather than refusing every request. Returns it in the form browsers send.
 */
export function configuredOrigin(value: string, option: string, factory = "createUserManagementHandler"): string {
  const origin = originOf(value);
  if (!origin) {
    throw new Error(
      `${factory}: ${option} must be an origin such as "https://app.example.com" (scheme, host and port, no path), got "${value}".`,
    );
  }
  return origin;
}

/** Which pages may send mutations: see {@link assertTrustedSource}. */
export interface OriginPolicy {
  /** Origins whose requests pass: `trustedOrigins` and `publicOrigin`. */
  trusted: ReadonlySet<string>;
  /** `trustedOrigins` was configured: every other `Origin` is refused, not only cross-site ones. */
  strict: boolean;
}

/**
 * R9: refuses a mutation a browser sent on behalf of a site the server does not trust (403
 * `forbidden`). Passes: an `Origin` the policy trusts, or a browser's own `Sec-Fetch-Site:
 * same-origin`. Refused: `Sec-Fetch-Site: cross-site`, always; and in a strict policy
 * (`trustedOrigins` set) any other `Origin`, or a `same-site` request without one (a sibling
 * subdomain that cannot be identified). A request with neither header (another server, curl) passes:
 * no browser sent it, so no cookie rode along uninvited.
 */
export function assertTrustedSource(request: Request, policy: OriginPolicy): void {
  if (!isMutation(request.method)) return;
  const originHeader = request.headers.get("origin");
  const site = request.headers.get("sec-fetch-site")?.trim().toLowerCase();
  const origin = originHeader === null ? undefined : originOf(originHeader.trim());
  if (origin !== undefined && policy.trusted.has(origin)) return;
  if (site === "same-origin") return;
  const refused = site === "cross-site" || (policy.strict && (originHeader !== null || site === "same-site"));
  if (refused) throw new RefusedRequest(403, new UserManagementError("forbidden", UNTRUSTED));
}

/** `application/json`, optionally with parameters; a charset, if named, must be UTF-8 (RFC 8259). */
export function isJsonContentType(contentType: string): boolean {
  const [mediaType = "", ...parameters] = contentType.split(";").map((part) => part.trim().toLowerCase());
  if (mediaType !== "application/json") return false;
  return parameters.every((parameter) => {
    const [name, value = ""] = parameter.split("=").map((part) => part.trim());
    return name !== "charset" || ["utf-8", "utf8", '"utf-8"'].includes(value);
  });
}

/** `65536` → "64 KB"; other sizes in bytes. */
function describeSize(bytes: number): string {
  return bytes % 1024 === 0 ? `${bytes / 1024} KB` : `${bytes} bytes`;
}

function tooLarge(maxBytes: number): RefusedRequest {
  const size = describeSize(maxBytes);
  return new RefusedRequest(
    413,
    new UserManagementError("validation", `The request body is too large: send at most ${size}.`, {
      fieldErrors: { body: `The request body may hold at most ${size}.` },
    }),
  );
}

function unsupported(message: string): RefusedRequest {
  return new RefusedRequest(415, new UserManagementError("validation", message, { fieldErrors: { body: message } }));
}

/**
 * R31: the body's bytes, at most `maxBytes`. A declared `Content-Length` above the limit is refused
 * before reading; the bytes are counted as they arrive as well, so a missing or false length lets
 * nothing bigger through (reading stops at the first byte too many).
 */
async function readBounded(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = request.headers.get("content-length")?.trim();
  if (declared && /^\d+$/.test(declared) && Number(declared) > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * R9, R31: the body of a request to `operation`, as text, once it has passed the guards: a body
 * operation takes only JSON (415 otherwise, a missing Content-Type included) of at most `maxBytes`
 * (413); a bodiless mutation (DELETE, resend) takes no body, or a JSON one it ignores (415 for a body
 * of any other type, or with no type). `undefined` for bodiless operations.
 */
export async function readGuardedBody(
  request: Request,
  operation: Operation,
  maxBytes: number,
): Promise<string | undefined> {
  if (!isMutation(request.method)) return undefined;
  const contentType = request.headers.get("content-type");
  const isJson = contentType !== null && isJsonContentType(contentType);
  if (!operation.body) {
    if (contentType !== null && !isJson) throw unsupported(NO_BODY_EXPECTED);
    if (contentType === null && (await readBounded(request, maxBytes)).byteLength > 0) {
      throw unsupported(NO_BODY_EXPECTED);
    }
    return undefined;
  }
  if (!isJson) throw unsupported(NOT_JSON);
  const bytes = await readBounded(request, maxBytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const message = "The request body is not valid UTF-8 text.";
    throw new UserManagementError("validation", message, { fieldErrors: { body: message } });
  }
}

/** Each contract path as a pattern (`/users/{id}` → `/users/[^/]+`), with the methods it serves. */
const PATH_METHODS: readonly { pattern: RegExp; path: string; methods: readonly string[] }[] = (() => {
  const byPath = new Map<string, string[]>();
  for (const operation of Object.values(OPERATIONS) as Operation[]) {
    byPath.set(operation.path, [...(byPath.get(operation.path) ?? []), operation.method]);
  }
  return [...byPath].map(([path, methods]) => ({
    path,
    methods,
    pattern: new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace("{id}", "[^/]+")}$`),
  }));
})();

/**
 * A request no route took: 405 with `Allow` when `path` (relative to the base path) is one of the
 * contract's under other methods, or `undefined` (a 404) for a path the contract does not have.
 * `shownPath` is the path as the caller sent it, for the message.
 */
export function methodNotAllowed(method: string, path: string, shownPath = path): Response | undefined {
  const allowed = [
    ...new Set(PATH_METHODS.filter(({ pattern }) => pattern.test(path)).flatMap(({ methods }) => methods)),
  ];
  if (allowed.length === 0) return undefined;
  const list = allowed.join(", ");
  return new RefusedRequest(
    405,
    new UserManagementError("not_found", `${method} is not an operation of ${shownPath}: it allows ${list}.`),
    { allow: list },
  ).toResponse();
}
