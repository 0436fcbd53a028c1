import { describe, expect, it, vi } from "vitest";
import { createRestAdapter } from "../../../src/adapters/rest";
import { UserManagementError } from "../../../src/core";
import { failure, fakeFetch, user } from "./restTestSupport";

const BASE = "https://app.example.com/api/user-management/";

/** A fetch answering every call with `respond`, recording what it was asked. */

const json = (body: unknown, status = 200) => Response.json(body, { status });

describe("createRestAdapter: requests", () => {
  it("R1: sends the list's paging, search, sort and repeated filters as the query string", async () => {
    const { fetch, requests } = fakeFetch(() => json({ users: [user], total: 1 }));
    const adapter = createRestAdapter({ baseUrl: BASE, fetch });
    const result = await adapter.listUsers({
      page: 2,
      pageSize: 25,
      search: "cleo",
      sort: { field: "lastLoginAt", direction: "desc" },
      roleIds: ["user", "custom"],
      statuses: ["active", "suspended"],
    });
    expect(result).toEqual({ users: [user], total: 1 });
    const url = new URL(requests[0]?.url ?? "");
    expect(requests[0]?.method).toBe("GET");
    expect(url.pathname).toBe("/api/user-management/users");
    expect(url.searchParams.get("page")).toBe("2");
    expect(url.searchParams.get("pageSize")).toBe("25");
    expect(url.searchParams.get("search")).toBe("cleo");
    expect(url.searchParams.get("sort")).toBe("lastLoginAt");
    expect(url.searchParams.get("direction")).toBe("desc");
    expect(url.searchParams.getAll("roleId")).toEqual(["user", "custom"]);
    expect(url.searchParams.getAll("status")).toEqual(["active", "suspended"]);
  });

  it("R1: sends a list cursor as after or before, and returns the page's cursors as the server gave them", async () => {
    const page = { users: [user], total: 40, nextCursor: "WzEsIm5h", prevCursor: "WzEsImVt" };
    const { fetch, requests } = fakeFetch(() => json(page));
    const adapter = createRestAdapter({ baseUrl: BASE, fetch });
    expect(await adapter.listUsers({ page: 3, pageSize: 10, after: "WzEsIm5h" })).toEqual(page);
    await adapter.listUsers({ page: 1, pageSize: 10, before: "WzEsImVt" });
    const [next, previous] = requests.map((request) => new URL(request.url).searchParams);
    expect([next?.get("after"), next?.get("before"), next?.get("page")]).toEqual(["WzEsIm5h", null, "3"]);
    expect([previous?.get("before"), previous?.get("after")]).toEqual(["WzEsImVt", null]);
  });

  it("R1: returns a total that is a lower bound flagged as the server gave it, and an exact one unflagged", async () => {
    const counted = { users: [user], total: 10_000, totalIsLowerBound: true, nextCursor: "WzEsIm5h" };
    const exact = { users: [user], total: 40 };
    const answers = [counted, exact];
    const { fetch } = fakeFetch(() => json(answers.shift()));
    const adapter = createRestAdapter({ baseUrl: BASE, fetch });
    expect(await adapter.listUsers({ page: 1, pageSize: 25 })).toEqual(counted);
    const result = await adapter.listUsers({ page: 1, pageSize: 25 });
    expect(result).toEqual(exact);
    expect("totalIsLowerBound" in result).toBe(false);
  });

  it("R25: sends an update as PATCH with the version it was based on, and the headers asked for", async () => {
    const { fetch, requests } = fakeFetch(() => json({ user }));
    const headers = vi.fn(async () => ({ authorization: "Bearer fresh-token" }));
    const adapter = createRestAdapter({ baseUrl: BASE, fetch, headers });
    await adapter.updateUser({ id: "user/1", version: 1, changes: { firstName: "Cleona" } });
    const request = requests[0] as Request;
    expect(request.method).toBe("PATCH");
    expect(new URL(request.url).pathname).toBe("/api/user-management/users/user%2F1");
    expect(request.headers.get("authorization")).toBe("Bearer fresh-token");
    expect(request.headers.get("content-type")).toBe("application/json");
    expect(await request.json()).toEqual({ version: 1, changes: { firstName: "Cleona" } });
    expect(headers).toHaveBeenCalledTimes(1);
  });

  it("resolves a 204 operation to nothing", async () => {
    const { fetch, requests } = fakeFetch(() => new Response(null, { status: 204 }));
    await expect(createRestAdapter({ baseUrl: BASE, fetch }).deleteUser({ id: "user-2" })).resolves.toBeUndefined();
    expect(requests[0]?.method).toBe("DELETE");
  });
});

describe("createRestAdapter: cancellation", () => {
  it("forwards the AbortSignal to fetch as is when there is no timeout", async () => {
    const { fetch, mock } = fakeFetch(() => json({ user }));
    const controller = new AbortController();
    await createRestAdapter({ baseUrl: BASE, fetch, timeoutMs: 0 }).getUser({
      id: "user-1",
      signal: controller.signal,
    });
    expect(mock.mock.calls[0]?.[1]?.signal).toBe(controller.signal);
  });

  it("with a timeout, gives fetch a signal that follows the caller's, detached once the call settled", async () => {
    const { fetch, mock } = fakeFetch(() => json({ user }));
    const controller = new AbortController();
    await createRestAdapter({ baseUrl: BASE, fetch }).getUser({ id: "user-1", signal: controller.signal });
    const forwarded = mock.mock.calls[0]?.[1]?.signal;
    expect(forwarded).toBeInstanceOf(AbortSignal);
    controller.abort(new Error("left the page"));
    expect(forwarded?.aborted).toBe(false);
  });

  it("an already aborted signal rejects with its reason without calling fetch", async () => {
    const { fetch, mock } = fakeFetch(() => json({ user }));
    const reason = new DOMException("Stop", "AbortError");
    const call = createRestAdapter({ baseUrl: BASE, fetch }).getUser({
      id: "user-1",
      signal: AbortSignal.abort(reason),
    });
    await expect(call).rejects.toBe(reason);
    expect(mock).not.toHaveBeenCalled();
  });

  it("an abort during the request rejects with the signal's reason, not as a network failure", async () => {
    const controller = new AbortController();
    const fetch = (async (_input: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
      })) as typeof globalThis.fetch;
    const call = createRestAdapter({ baseUrl: BASE, fetch }).listInvitations({ signal: controller.signal });
    const reason = new Error("the query was cancelled");
    controller.abort(reason);
    await expect(call).rejects.toBe(reason);
  });
});

describe("createRestAdapter: errors", () => {
  it("a fetch that cannot reach the server fails with network", async () => {
    const fetch = (async () => {
      throw new TypeError("fetch failed");
    }) as typeof globalThis.fetch;
    const error = await failure(createRestAdapter({ baseUrl: BASE, fetch }).getSession({}));
    expect(error.code).toBe("network");
    expect(error.cause).toBeInstanceOf(TypeError);
  });

  it("a 5xx without the contract's body fails with unavailable", async () => {
    const { fetch } = fakeFetch(() => new Response("<h1>Bad gateway</h1>", { status: 502 }));
    const error = await failure(createRestAdapter({ baseUrl: BASE, fetch }).getSession({}));
    expect(error.code).toBe("unavailable");
    expect(error.message).toContain("502");
  });

  it("keeps the server's code, message and field errors", async () => {
    const { fetch } = fakeFetch(() =>
      json(
        {
          error: {
            code: "validation",
            message: "“x” is not a valid email address.",
            fieldErrors: { email: "“x” is not a valid email address." },
          },
        },
        422,
      ),
    );
    const error = await failure(
      createRestAdapter({ baseUrl: BASE, fetch }).updateUser({ id: "user-1", version: 1, changes: { email: "x" } }),
    );
    expect(error).toBeInstanceOf(UserManagementError);
    expect(error.code).toBe("validation");
    expect(error.message).toBe("“x” is not a valid email address.");
    expect(error.fieldErrors).toEqual({ email: "“x” is not a valid email address." });
  });

  it("R10: a revoked caller's 403 access_revoked keeps its code, for the revoked message", async () => {
    const { fetch } = fakeFetch(() =>
      json({ error: { code: "access_revoked", message: "Your access to this account was revoked." } }, 403),
    );
    expect((await failure(createRestAdapter({ baseUrl: BASE, fetch }).getSession({}))).code).toBe("access_revoked");
  });

  it("R10: a suspended caller's 403 access_suspended keeps its code, for the suspended message", async () => {
    const { fetch } = fakeFetch(() =>
      json({ error: { code: "access_suspended", message: "Your access to this account is suspended." } }, 403),
    );
    expect((await failure(createRestAdapter({ baseUrl: BASE, fetch }).getSession({}))).code).toBe("access_suspended");
  });

  it("R25: a conflict carries the fresh record, validated", async () => {
    const { fetch } = fakeFetch(() => json({ error: { code: "conflict", message: "Changed.", current: user } }, 409));
    const error = await failure(
      createRestAdapter({ baseUrl: BASE, fetch }).updateUser({ id: "user-1", version: 1, changes: {} }),
    );
    expect(error.code).toBe("conflict");
    expect(error.current).toEqual(user);
  });

  it("R25: a conflict whose current record is malformed fails with malformed_response naming the field", async () => {
    const { fetch } = fakeFetch(() =>
      json({ error: { code: "conflict", message: "Changed.", current: { ...user, version: "2" } } }, 409),
    );
    const error = await failure(
      createRestAdapter({ baseUrl: BASE, fetch }).updateUser({ id: "user-1", version: 1, changes: {} }),
    );
    expect(error.code).toBe("malformed_response");
    expect(error.message).toContain("updateUser");
    expect(error.message).toContain("version");
  });

  it("a 4xx that is not the contract's error (a wrong baseUrl) fails with malformed_response saying so", async () => {
    const { fetch } = fakeFetch(() => new Response("Not Found", { status: 404 }));
    const error = await failure(createRestAdapter({ baseUrl: BASE, fetch }).getUser({ id: "user-1" }));
    expect(error.code).toBe("malformed_response");
    expect(error.message).toContain("getUser (GET /users/{id})");
    expect(error.message).toContain("HTTP 404");
    expect(error.message).toContain("baseUrl");
  });
});

describe("createRestAdapter: malformed responses", () => {
  it("names the operation, the field, what was expected and what came", async () => {
    const { fetch } = fakeFetch(() => json({ users: [user, { ...user, id: "user-2", email: 42 }], total: "2" }));
    const error = await failure(createRestAdapter({ baseUrl: BASE, fetch }).listUsers({ page: 1, pageSize: 10 }));
    expect(error.code).toBe("malformed_response");
    expect(error.message).toContain("listUsers (GET /users)");
    expect(error.message).toContain("users[1].email: expected string, got 42");
    expect(error.message).toContain('total: expected number, got "2"');
    expect(error.message).toContain("openapi.json");
  });

  it("R1: refuses a totalIsLowerBound that is not a boolean, naming it", async () => {
    const { fetch } = fakeFetch(() => json({ users: [user], total: 10_000, totalIsLowerBound: "yes" }));
    const error = await failure(createRestAdapter({ baseUrl: BASE, fetch }).listUsers({ page: 1, pageSize: 10 }));
    expect(error.code).toBe("malformed_response");
    expect(error.message).toContain('totalIsLowerBound: expected boolean, got "yes"');
  });

  it("says when a field is missing", async () => {
    const { lastLoginAt: _dropped, ...withoutLogin } = user;
    const { fetch } = fakeFetch(() => json({ user: withoutLogin }));
    const error = await failure(createRestAdapter({ baseUrl: BASE, fetch }).getUser({ id: "user-1" }));
    expect(error.message).toContain("user.lastLoginAt is missing");
  });

  it("refuses dates that are not ISO 8601", async () => {
    const { fetch } = fakeFetch(() => json({ user: { ...user, createdAt: "yesterday" } }));
    const error = await failure(createRestAdapter({ baseUrl: BASE, fetch }).getUser({ id: "user-1" }));
    expect(error.code).toBe("malformed_response");
    expect(error.message).toContain("user.createdAt");
  });

  it("a body that is not JSON fails with malformed_response", async () => {
    const { fetch } = fakeFetch(() => new Response("<html>login page</html>", { status: 200 }));
    const error = await failure(createRestAdapter({ baseUrl: BASE, fetch }).getSession({}));
    expect(error.code).toBe("malformed_response");
    expect(error.message).toContain("not JSON");
  });

  it("accepts fields beyond the contract, and drops them", async () => {
    const { fetch } = fakeFetch(() => json({ user: { ...user, internalScore: 7 }, debug: true }));
    const { user: received } = await createRestAdapter({ baseUrl: BASE, fetch }).getUser({ id: "user-1" });
    expect(received).toEqual(user);
  });
});
