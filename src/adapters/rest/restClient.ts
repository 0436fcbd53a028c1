import * as v from "valibot";
import { UserManagementError } from "../../core/errors";
import { OPERATIONS, type Operation, type OperationId, operationPath, type ResultOf } from "../../http/operations";
import { errorBodySchema, externalUserSchema, userSchema } from "../../http/schemas";
import { describeIssues } from "./describeIssues";

/** Headers sent with every request: fixed, or computed per request (e.g. a token that refreshes). */
export type HeadersOption = HeadersInit | (() => HeadersInit | Promise<HeadersInit>);

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

/** Sends the contract's requests over `fetch` and turns every answer into a result or a typed error. */
export class RestClient {
  private readonly baseUrl: string;

  constructor(
    baseUrl: string,
    private readonly fetchImpl: typeof fetch,
    private readonly headers: HeadersOption | undefined,
  ) {
    // Joined as text, not with `new URL`, so that a relative base such as "/api/users" works in browsers.
    this.baseUrl = baseUrl.replace(/\/+$/, "");
  }

  /** Calls one operation; resolves to its validated result (`undefined` for 204 operations). */
  async call<K extends OperationId>(operationId: K, input: CallInput = {}): Promise<ResultOf<K>> {
    const operation: Operation = OPERATIONS[operationId];
    const { signal } = input;
    // Checked here too: a custom fetch (or an in-process one) may not look at the signal first.
    signal?.throwIfAborted();
    const route = `${operation.method} ${operation.path}`;
    const query = input.query?.toString();
    const url = `${this.baseUrl}${operationPath(operation, input.id)}${query ? `?${query}` : ""}`;
    const headers = new Headers(typeof this.headers === "function" ? await this.headers() : this.headers);
    headers.set("accept", "application/json");
    if (input.body !== undefined) headers.set("content-type", "application/json");

    let response: Response;
    try {
      response = await this.fetchImpl(url, {
        method: operation.method,
        headers,
        body: input.body === undefined ? undefined : JSON.stringify(input.body),
        signal,
      });
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      throw new UserManagementError(
        "network",
        "The server could not be reached. Check your connection and try again.",
        {
          cause: error,
        },
      );
    }

    if (!response.ok) throw await this.errorOf(operationId, route, url, response, signal);
    if (operation.response === null) return undefined as ResultOf<K>;
    const body = await readJson(response, signal);
    if (!body.ok) {
      throw malformed(operationId, route, `the body of the HTTP ${response.status} answer is not JSON`, body.error);
    }
    const result = v.safeParse(operation.response, body.value);
    if (!result.success) throw malformed(operationId, route, describeIssues(result.issues));
    return result.output as ResultOf<K>;
  }

  private async errorOf(
    operationId: OperationId,
    route: string,
    url: string,
    response: Response,
    signal: AbortSignal | undefined,
  ): Promise<UserManagementError> {
    const body = await readJson(response, signal);
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
      return new UserManagementError(code, message, { fieldErrors, current });
    }
    // Without the contract's error body, a 5xx (or a gateway's 429/408) is still "try again later".
    if (response.status >= 500 || response.status === 429 || response.status === 408) {
      return new UserManagementError(
        "unavailable",
        `The service is unavailable right now (HTTP ${response.status}). Try again in a moment.`,
      );
    }
    const why = !body.ok
      ? "a body that is not JSON"
      : `a body that is not the contract's { error: { code, message } }: ${describeIssues(parsed?.issues ?? [])}`;
    return malformed(
      operationId,
      route,
      `HTTP ${response.status} with ${why}. Check that ${url} is served by the react-user-management handler (is baseUrl right?)`,
    );
  }
}

async function readJson(
  response: Response,
  signal: AbortSignal | undefined,
): Promise<{ ok: true; value: unknown } | { ok: false; error: unknown }> {
  try {
    return { ok: true, value: await response.json() };
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    return { ok: false, error };
  }
}

function malformed(operationId: OperationId, route: string, problem: string, cause?: unknown): UserManagementError {
  return new UserManagementError(
    "malformed_response",
    `react-user-management REST adapter: ${operationId} (${route}) got a malformed response: ${problem}. ${CONTRACT_HINT}`,
    { cause },
  );
}
