import { describe, expect, it } from "vitest";
import { createRestAdapter } from "../../../src/adapters/rest";
import { retryAfterMsOf } from "../../../src/adapters/rest/restClient";
import { isRetryableError } from "../../../src/core";
import { failure, fakeFetch } from "./restTestSupport";

const BASE = "https://app.example.com/api/user-management";

const overloaded = (retryAfter: string | null, body = true) =>
  new Response(
    body
      ? JSON.stringify({ error: { code: "unavailable", message: "The server is busy. Try again in 3 seconds." } })
      : "",
    {
      status: 503,
      headers: { "content-type": "application/json", ...(retryAfter === null ? {} : { "retry-after": retryAfter }) },
    },
  );

describe("Retry-After on `unavailable` (R31)", () => {
  it("reports the server's Retry-After as retryAfterMs on the contract's 503, and the error stays retryable", async () => {
    const { fetch } = fakeFetch(() => overloaded("3"));
    const error = await failure(createRestAdapter({ baseUrl: BASE, fetch }).listUsers({ page: 1, pageSize: 25 }));
    expect(error.code).toBe("unavailable");
    expect(error.retryAfterMs).toBe(3_000);
    expect(error.message).toBe("The server is busy. Try again in 3 seconds.");
    expect(isRetryableError(error)).toBe(true);
  });

  it("reads it from a gateway's 503 without the contract's body too, and leaves it undefined when absent", async () => {
    const gateway = fakeFetch(() => overloaded("5", false));
    const fromGateway = await failure(createRestAdapter({ baseUrl: BASE, fetch: gateway.fetch }).getSession({}));
    expect(fromGateway.code).toBe("unavailable");
    expect(fromGateway.retryAfterMs).toBe(5_000);

    const without = fakeFetch(() => overloaded(null));
    const plain = await failure(createRestAdapter({ baseUrl: BASE, fetch: without.fetch }).getSession({}));
    expect(plain.retryAfterMs).toBeUndefined();
  });

  it("takes delay-seconds or an HTTP date (never negative), and ignores anything else", () => {
    const now = Date.parse("2026-12-01T12:00:00Z");
    const withHeader = (value: string) => new Response(null, { status: 503, headers: { "retry-after": value } });
    expect(retryAfterMsOf(withHeader("0"), now)).toBe(0);
    expect(retryAfterMsOf(withHeader(" 120 "), now)).toBe(120_000);
    expect(retryAfterMsOf(withHeader("Tue, 01 Dec 2026 12:00:10 GMT"), now)).toBe(10_000);
    expect(retryAfterMsOf(withHeader("Tue, 01 Dec 2026 11:00:00 GMT"), now)).toBe(0);
    expect(retryAfterMsOf(withHeader("soon"), now)).toBeUndefined();
    expect(retryAfterMsOf(withHeader("-3"), now)).toBeUndefined();
    expect(retryAfterMsOf(new Response(null, { status: 503 }), now)).toBeUndefined();
  });
});
