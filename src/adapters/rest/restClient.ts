import * as v from "valibot";
import { UserManagementError } from "../../core/errors";
import { validateId } from "../../core/limits";
import { OPERATIONS, type Operation, type OperationId, operationPath, type ResultOf } from "../../http/operations";
import { errorBodySchema, externalUserSchema, userSchema } from "../../http/schemas";
import { describeIssues } from "./describeIssues";

/** Headers sent with every request: fixed, or computed per request (e.g. a token that refreshes). */
export type HeadersOption = HeadersInit | (() => HeadersInit | Promise<HeadersInit>);

/** How long a call waits for the server's whole answer unless told otherwise: 30 seconds. */
export const DEFAULT_TIMEOUT_MS = 30_000;

// setTimeout fires at once for a longer delay (it overflows a 32-bit integer): longer ones are capped.
const MAX_TIMER_DELAY_MS = 2_147_483_647;

/** What one call sends. */
export interface CallInput {
  id?: string;
  query?: URLSearchParams;
  body?: unknown;
  signal?: AbortSignal;
}

/** Where a conflict's `current` record is validated as what (R25). */
const CURRENT_SCHEMAS: Partial<Record<OperationId, v.GenericSchema>> = {
  updateUser: userSchema,
  suspendUser: userSchema,
  reactivateUser: userSchema,
  updateExternalUser: externalUserSchema,
};

const CONTRACT_HINT = "Make the server follow the HTTP contract of react-user-management/openapi.json.";
const EXPECTED_EMPTY = "expected 204 No Content, or 200 or 202 with an empty body";

/** Sends the contract's requests over `fetch` and turns every answer into a result or a typed error. */
export class RestClient {
  private readonly baseUrl: string;
  private readonly timeoutMs: number;

  /** `timeoutMs`: the deadline of each call, from sending to the end of the body; 0 or Infinity for none. */
  constructor(
    baseUrl: string,
    private readonly fetchImpl: typeof fetch,
    private readonly headers: HeadersOption | undefined,
    timeoutMs: number = DEFAULT_TIMEOUT_MS,
  ) {
    // Joined as text, not with `new URL`, so that a relative base such as "/api/users" works in browsers.
    this.baseUrl = baseUrl.replace(/\/+$/, "");
    if (typeof timeoutMs !== "number" || Number.isNaN(timeoutMs) || timeoutMs < 0) {
      throw new RangeError(
        `createRestAdapter: timeoutMs must be a number of milliseconds ≥ 0 (0 or Infinity for no timeout), got ${String(timeoutMs)}.`,
      );
    }
    this.timeoutMs = timeoutMs;
  }

  /** Calls one operation; resolves to its validated result (`undefined` for 204 operations). */
  async call<K extends OperationId>(operationId: K, input: CallInput = {}): Promise<ResultOf<K>> {
    const operation: Operation = OPERATIONS[operationId];
    const { signal: callerSignal } = input;
    // Checked here too: a custom fetch (or an in-process one) may not look at the signal first.
    callerSignal?.throwIfAborted();
    const route = `${operation.method} ${operation.path}`;
    const query = input.query?.toString();
    const url = `${this.baseUrl}${pathOf(operation, input.id)}${query ? `?${query}` : ""}`;
    const headers = new Headers(typeof this.headers === "function" ? await this.headers() : this.headers);
    headers.set("accept", "application/json");
    if (input.body !== undefined) headers.set("content-type", "application/json");

    const deadline = startDeadline(callerSignal, this.timeoutMs);
    try {
      const response = await this.send(url, operation, headers, input.body, deadline.signal);
      const result = await this.resultOf(operationId, operation, route, url, response, deadline.signal);
      return result as ResultOf<K>;
    } finally {
      // Settled either way: no timer or listener outlives the call.
      deadline.dispose();
    }
  }

  private async send(
    url: string,
    operation: Operation,
    headers: Headers,
    body: unknown,
    signal: AbortSignal | undefined,
  ): Promise<Response> {
    try {
      const pending = this.fetchImpl(url, {
        method: operation.method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal,
      });
      return await untilAborted(pending, signal, discardBody);
    } catch (error) {
      // The caller's own reason, or the deadline's timeout error: never disguised as a network failure.
      if (signal?.aborted) throw signal.reason;
      throw new UserManagementError(
        "network",
        "The server could not be reached. Check your connection and try again.",
        {
          cause: error,
        },
      );
    }
  }

  private async resultOf(
    operationId: OperationId,
    operation: Operation,
    route: string,
    url: string,
    response: Response,
    signal: AbortSignal | undefined,
  ): Promise<unknown> {
    const redirect = redirectOf(response);
    if (redirect !== null) {
      discardBody(response);
      throw malformed(
        operationId,
        route,
        `${redirect} instead of an answer. The handler never redirects: a login page or a proxy probably answered for ${url}. Check that the request is signed in and that baseUrl is right`,
      );
    }
    if (!response.ok) throw await this.errorOf(operationId, route, url, response, signal);

    const { status } = response;
    const contentType = response.headers.get("content-type");
    const text = await readText(response, signal);
    if (operation.response === null) {
      // R31: a 2xx is success only when it is the contract's empty answer, not a page or an error body.
      if (status === 204 || ((status === 200 || status === 202) && text === "")) return undefined;
      const got = text === "" ? `HTTP ${status}` : `HTTP ${status} with ${bodyKind(contentType, text)}`;
      const hint = isHtml(contentType, text) ? `. ${htmlHint(url)}` : "";
      throw malformed(operationId, route, `${got}; ${EXPECTED_EMPTY}${hint}`);
    }

    const body = isJsonOrUntyped(contentType) ? parseJson(text) : undefined;
    if (!body?.ok) throw malformed(operationId, route, notJsonProblem(status, contentType, text, url), body?.error);
    const result = v.safeParse(operation.response, body.value);
    if (!result.success) throw malformed(operationId, route, describeIssues(result.issues));
    return result.output;
  }

  private async errorOf(
    operationId: OperationId,
    route: string,
    url: string,
    response: Response,
    signal: AbortSignal | undefined,
  ): Promise<UserManagementError> {
    const contentType = response.headers.get("content-type");
    const text = await readText(response, signal);
    const body = parseJson(text);
    const parsed = body.ok ? v.safeParse(errorBodySchema, body.value) : undefined;
    if (parsed?.success) {
      const { code, message, fieldErrors, current } = parsed.output.error;
      const currentSchema = CURRENT_SCHEMAS[operationId];
      if (current !== undefined && currentSchema) {
        const fresh = v.safeParse(currentSchema, current);
        if (!fresh.success) {
          return malformed(operationId, route, `error.current of a “${code}” error: ${describeIssues(fresh.issues)}`);
        }
        return new UserManagementError(code, message, { fieldErrors, current: fresh.output });
      }
      const retryAfterMs = code === "unavailable" ? retryAfterMsOf(response) : undefined;
      return new UserManagementError(code, message, {
        fieldErrors,
        current,
        ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
      });
    }
    // Without the contract's error body, a 5xx (or a gateway's 429/408) is still "try again later".
    if (response.status >= 500 || response.status === 429 || response.status === 408) {
      const retryAfterMs = retryAfterMsOf(response);
      return new UserManagementError(
        "unavailable",
        `The service is unavailable right now (HTTP ${response.status}). Try again in a moment.`,
        retryAfterMs === undefined ? {} : { retryAfterMs },
      );
    }
    const why = isHtml(contentType, text)
      ? `an HTML page${typeNote(contentType)} (a login page or a proxy's page?)`
      : !body.ok
        ? "a body that is not JSON"
        : `a body that is not the contract's { error: { code, message } }: ${describeIssues(parsed?.issues ?? [])}`;
    return malformed(
      operationId,
      route,
      `HTTP ${response.status} with ${why}. Check that ${url} is served by the react-user-management handler (is baseUrl right?)`,
    );
  }
}

/**
 * R31: the wait a `Retry-After` header asks for, in milliseconds: delay-seconds (`"2"`) or an HTTP
 * date (no less than 0); `undefined` without the header or with a value that is neither.
 */
export function retryAfterMsOf(response: Response, now: number = Date.now()): number | undefined {
  const value = response.headers.get("retry-after")?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // An HTTP date names its day and month ("Wed, 21 Oct 2026 07:28:00 GMT"); Date.parse would take "-3".
  const date = /[a-z]/i.test(value) ? Date.parse(value) : Number.NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * The operation's path with its id checked and encoded (R31). `.` and `..` would survive
 * encodeURIComponent and be resolved away by URL normalisation (`DELETE /users/..` → `DELETE /`),
 * so they are refused here, before any request, with the other ids no server would accept.
 */
function pathOf(operation: Operation, id: string | undefined): string {
  if (!operation.path.includes("{id}")) return operationPath(operation, id);
  // Plain JavaScript callers can pass anything: a non-string is as unusable as an empty id.
  const text = typeof id === "string" ? id : "";
  const problem =
    text === "." || text === ".." ? `An id cannot be “${text}”.` : Object.values(validateId("id", text))[0];
  if (problem !== undefined) throw new UserManagementError("validation", problem, { fieldErrors: { id: problem } });
  return operationPath(operation, text);
}

/** The signal a call runs under, and how to release it once the call has settled. */
interface Deadline {
  signal: AbortSignal | undefined;
  dispose(): void;
}

/**
 * Aborts with the caller's reason when the caller's signal aborts, or with a `timeout` error after
 * `timeoutMs`. Combined by hand rather than with `AbortSignal.any` (Node ≥ 20.3, recent browsers
 * only), which also lets `dispose` detach from a long-lived caller signal after each call.
 */
function startDeadline(caller: AbortSignal | undefined, timeoutMs: number): Deadline {
  if (timeoutMs === 0 || timeoutMs === Number.POSITIVE_INFINITY) return { signal: caller, dispose: () => {} };
  const controller = new AbortController();
  const delay = Math.min(timeoutMs, MAX_TIMER_DELAY_MS);
  const timer = setTimeout(() => controller.abort(timeoutError(delay)), delay);
  const forward = () => controller.abort(caller?.reason);
  if (caller?.aborted) forward();
  else caller?.addEventListener("abort", forward, { once: true });
  return {
    signal: controller.signal,
    dispose: () => {
      clearTimeout(timer);
      caller?.removeEventListener("abort", forward);
    },
  };
}

function timeoutError(timeoutMs: number): UserManagementError {
  const seconds = Number((timeoutMs / 1000).toFixed(3));
  return new UserManagementError(
    "timeout",
    `The server did not answer within ${seconds} second${seconds === 1 ? "" : "s"}. Try again in a moment.`,
  );
}

/**
 * `pending`, or a rejection with the signal's reason as soon as it aborts: a custom fetch (or a
 * polyfill's `text()`) that ignores its signal cannot hold the call past the deadline. A value that
 * arrives too late goes to `onLate`: a response is discarded there, so its connection is released.
 */
function untilAborted<T>(
  pending: Promise<T>,
  signal: AbortSignal | undefined,
  onLate?: (value: T) => void,
): Promise<T> {
  if (!signal) return pending;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    else signal.addEventListener("abort", onAbort, { once: true });
    pending.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        if (signal.aborted) onLate?.(value);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}

/**
 * The whole body as text (UTF-8, as `Response.text()` reads it), read under the call's signal: an
 * abort or the deadline cancels the stream, even one from a custom fetch that never ends.
 */
async function readText(response: Response, signal: AbortSignal | undefined): Promise<string> {
  if (signal?.aborted) {
    discardBody(response);
    throw signal.reason;
  }
  const stream = response.body;
  try {
    // Some fetch polyfills have no body stream: their text() is raced with the signal instead.
    if (!stream) return await untilAborted(response.text(), signal);
    const reader = stream.getReader();
    const cancel = () => {
      reader.cancel(signal?.reason).catch(() => undefined);
    };
    signal?.addEventListener("abort", cancel, { once: true });
    try {
      const decoder = new TextDecoder();
      let text = "";
      for (;;) {
        const chunk = await reader.read();
        // A cancelled stream ends as if done: the abort, not the partial text, is the outcome.
        if (signal?.aborted) throw signal.reason;
        if (chunk.done) return text + decoder.decode();
        text += decoder.decode(chunk.value, { stream: true });
      }
    } finally {
      signal?.removeEventListener("abort", cancel);
    }
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    throw new UserManagementError(
      "network",
      "The connection to the server was lost before its answer arrived. Check your connection and try again.",
      { cause: error },
    );
  }
}

/** Lets go of a body nobody will read, so the connection is freed; a locked or gone body is fine. */
function discardBody(response: Response): void {
  if (response.body && !response.body.locked) response.body.cancel().catch(() => undefined);
}

/** What an answer that redirects is, or `null` when it does not: fetch left it unfollowed. */
function redirectOf(response: Response): string | null {
  if (response.type === "opaqueredirect") return "a redirect that fetch did not follow (redirect: “manual”)";
  if (response.status < 300 || response.status >= 400) return null;
  const location = response.headers.get("location");
  return `an HTTP ${response.status} redirect${location ? ` to ${location}` : ""}`;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: unknown } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, error };
  }
}

function mediaTypeOf(contentType: string | null): string {
  return (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
}

/** `application/json` or `application/*+json`; an answer without a Content-Type is parsed and judged by its body. */
function isJsonOrUntyped(contentType: string | null): boolean {
  if (contentType === null) return true;
  const media = mediaTypeOf(contentType);
  return media === "application/json" || (media.startsWith("application/") && media.endsWith("+json"));
}

function isHtml(contentType: string | null, text: string): boolean {
  const media = mediaTypeOf(contentType);
  return media === "text/html" || media === "application/xhtml+xml" || /^\s*<(!doctype\s+html|html)[\s>]/i.test(text);
}

function typeNote(contentType: string | null): string {
  return contentType === null ? " (no Content-Type)" : ` (Content-Type: ${contentType})`;
}

function htmlHint(url: string): string {
  return `An HTML page usually means a login page or a proxy answered instead of the handler: check that the request is signed in and that ${url} is served by the react-user-management handler (is baseUrl right?)`;
}

/** What a body is, for the developer reading why an empty answer was expected. */
function bodyKind(contentType: string | null, text: string): string {
  if (isHtml(contentType, text)) return `an HTML page${typeNote(contentType)}`;
  const json = parseJson(text);
  if (!json.ok) return `a body of ${text.length} characters${typeNote(contentType)}`;
  const error = v.safeParse(errorBodySchema, json.value);
  if (error.success) {
    return `an error body (code “${error.output.error.code}”), which must come with a 4xx or 5xx status instead`;
  }
  return `a JSON body${typeNote(contentType)}`;
}

/** Why a 2xx of an operation with a result could not be read as JSON. */
function notJsonProblem(status: number, contentType: string | null, text: string, url: string): string {
  const answer = `the HTTP ${status} answer`;
  if (isHtml(contentType, text)) return `${answer} is an HTML page${typeNote(contentType)}, not JSON. ${htmlHint(url)}`;
  if (text === "") return `${answer} has an empty body, not JSON`;
  if (!isJsonOrUntyped(contentType)) return `${answer} has Content-Type ${contentType}, not JSON (application/json)`;
  return `the body of ${answer} is not JSON`;
}

function malformed(operationId: OperationId, route: string, problem: string, cause?: unknown): UserManagementError {
  return new UserManagementError(
    "malformed_response",
    `react-user-management REST adapter: ${operationId} (${route}) got a malformed response: ${problem}. ${CONTRACT_HINT}`,
    { cause },
  );
}
