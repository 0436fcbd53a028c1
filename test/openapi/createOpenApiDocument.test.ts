import { describe, expect, it } from "vitest";
import { createRestAdapter } from "../../src/adapters/rest";
import { ERROR_STATUS } from "../../src/http/errorStatus";
import { OPERATIONS } from "../../src/http/operations";
import { REQUEST_BODIES } from "../../src/http/requestBodies";
import { createOpenApiDocument } from "../../src/openapi/createOpenApiDocument";
import { createUserManagementHandler } from "../../src/server";

type Json = Record<string, unknown>;
const document = createOpenApiDocument("0.0.0-test") as {
  openapi: string;
  paths: Record<string, Record<string, Json & { operationId: string; responses: Record<string, Json> }>>;
  components: { schemas: Record<string, Json> };
};
const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, operation]) => ({ path, method: method.toUpperCase(), operation })),
);

/** Every `$ref` anywhere in a JSON value. */
function refsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, inner]) => (key === "$ref" ? [String(inner)] : refsIn(inner)));
}

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 with one operation per adapter method, named after it", () => {
    expect(document.openapi).toBe("3.1.0");
    const adapterMethods = Object.keys(createRestAdapter({ baseUrl: "http://x" })).sort();
    expect(operations.map(({ operation }) => operation.operationId).sort()).toEqual(adapterMethods);
  });

  it("every $ref points at a schema of the document", () => {
    const refs = refsIn(document);
    expect(refs.length).toBeGreaterThan(30);
    for (const ref of refs) {
      expect(ref).toMatch(/^#\/components\/schemas\//);
      expect(document.components.schemas).toHaveProperty(ref.replace("#/components/schemas/", ""));
    }
  });

  it("documents each error code under the status the server answers it with", () => {
    for (const { operation } of operations) {
      for (const [status, response] of Object.entries(operation.responses)) {
        for (const code of (response["x-error-codes"] as (keyof typeof ERROR_STATUS)[] | undefined) ?? []) {
          const expected = code === "access_revoked" && status === "401" ? 401 : ERROR_STATUS[code];
          expect(Number(status), `${operation.operationId}: ${code}`).toBe(expected);
        }
      }
    }
  });

  it("R31: every operation documents 503 `unavailable` with a Retry-After header of whole seconds", () => {
    for (const { operation } of operations) {
      const unavailable = operation.responses["503"] as
        | { "x-error-codes": string[]; headers?: Record<string, { schema: Json; description: string }> }
        | undefined;
      expect(unavailable?.["x-error-codes"], operation.operationId).toContain("unavailable");
      const header = unavailable?.headers?.["Retry-After"];
      expect(header?.schema, operation.operationId).toEqual({ type: "integer", minimum: 1 });
      expect(header?.description).toMatch(/maxConcurrentRequests/);
      // No other status carries it.
      for (const [status, response] of Object.entries(operation.responses)) {
        if (status !== "503") expect((response as { headers?: unknown }).headers, status).toBeUndefined();
      }
    }
  });

  it("R25: updates carry the version they were based on", () => {
    const body = document.components.schemas.UpdateUserBody as { required: string[] };
    expect(body.required).toContain("version");
  });

  it("documents a request body exactly for the operations marked `body: true`, with the server's schema", () => {
    const expected = Object.entries(OPERATIONS)
      .filter(([, operation]) => "body" in operation && operation.body)
      .map(([operationId]) => operationId)
      .sort();
    expect(Object.keys(REQUEST_BODIES).sort()).toEqual(expected);
    const documented = operations
      .filter(({ operation }) => operation.requestBody !== undefined)
      .map(({ operation }) => operation.operationId)
      .sort();
    expect(documented).toEqual(expected);
  });

  it("every documented route is served by the handler (none falls through to 'no operation')", async () => {
    const handler = createUserManagementHandler({
      store: {
        transaction: async () => {
          throw new Error("not reached");
        },
      },
      getViewer: () => null,
      sendInvitation: () => {},
      onAccessRevoked: () => {},
      onError: () => {},
    });
    for (const { path, method } of operations) {
      const response = await handler(
        new Request(`http://backend.test${path.replace("{id}", "some-id")}`, {
          method,
          headers: { "content-type": "application/json" },
          body: method === "GET" || method === "DELETE" ? undefined : "{}",
        }),
      );
      const { error } = (await response.json()) as { error: { message: string } };
      expect(error.message, `${method} ${path}`).not.toMatch(/^No operation/);
    }
    expect(operations).toHaveLength(Object.keys(OPERATIONS).length);
  });
});
