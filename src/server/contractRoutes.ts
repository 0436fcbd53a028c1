import { Hono } from "hono";
import { OPERATIONS, type Operation, type OperationId, type ResultOf } from "../http/operations";
import { type BodyOf, requestBodyOf } from "../http/requestBodies";
import { responseForThrown } from "./errorResponse";
import type { HandlerSettings } from "./handlerSettings";
import { assertTrustedSource, methodNotAllowed, RefusedRequest, readGuardedBody } from "./requestGuards";
import { readBody, readPathId } from "./requestInput";

/** What an operation gets from the request: the path's id, the query string, the validated body. */
export interface OperationInput<K extends OperationId> {
  id: string;
  query: URLSearchParams;
  body: BodyOf<K>;
}

/**
 * Runs one operation of a request that passed the guards: its result (`undefined` for 204
 * operations), or a response of its own (an error it answers rather than throws).
 */
export type RunOperation = <K extends OperationId>(
  operationId: K,
  request: Request,
  input: OperationInput<K>,
) => Promise<ResultOf<K> | Response>;

/**
 * The routes of the HTTP contract, one per operation of `OPERATIONS`, as a fetch-style handler. Both
 * handlers serve through it, so they guard, route and answer errors alike; only `run` differs (a
 * store, or an adapter). Before `run` (R9, R31): an untrusted mutation is 403, a body that is not
 * JSON 415, one over `maxBodyBytes` 413, a malformed path id or body 422, and a path of the contract
 * asked with another method 405 with `Allow`. Then `run` waits for a free slot (`maxConcurrentRequests`,
 * `maxQueuedRequests`): past the queue the request is 503 with `Retry-After`, and `run` is never
 * called. Anything thrown is answered by `responseForThrown`.
 */
export function serveContract(settings: HandlerSettings, run: RunOperation): (request: Request) => Promise<Response> {
  const { basePath, maxBodyBytes, originPolicy, onError, admit } = settings;
  const app = new Hono();

  for (const operationId of Object.keys(OPERATIONS) as OperationId[]) {
    const operation: Operation = OPERATIONS[operationId];
    const bodySchema = requestBodyOf(operationId);
    app.on(operation.method, `${basePath}${operation.path.replace("{id}", ":id")}`, async (c) => {
      const request = c.req.raw;
      // R9, R31: where it came from, its type and size, then its id and shape; nothing runs before.
      assertTrustedSource(request, originPolicy);
      const text = await readGuardedBody(request, operation, maxBodyBytes);
      const id = operation.path.includes("{id}") ? readPathId(c.req.param("id") ?? "") : "";
      const body = bodySchema ? readBody(text ?? "", bodySchema) : undefined;
      const input = { id, query: new URL(request.url).searchParams, body };
      // R31: at most `maxConcurrentRequests` run, `maxQueuedRequests` wait; others are 503 at once.
      const result = await admit(request.signal, () =>
        run(operationId, request, input as OperationInput<typeof operationId>),
      );
      if (result instanceof Response) return result;
      return result === undefined ? c.body(null, 204) : c.json(result);
    });
  }
  app.notFound((c) => {
    const { method, path } = c.req;
    const underBase = basePath === "" || path.startsWith(`${basePath}/`);
    // A path of the contract asked with another method is 405 with Allow; any other path is 404.
    const wrongMethod = underBase ? methodNotAllowed(method, path.slice(basePath.length), path) : undefined;
    return (
      wrongMethod ??
      c.json(
        {
          error: {
            code: "not_found",
            message: `No operation of the user management API at ${method} ${path}.`,
          },
        },
        404,
      )
    );
  });
  app.onError((error) => (error instanceof RefusedRequest ? error.toResponse() : responseForThrown(error, onError)));

  return async (request) => app.fetch(request);
}
