import { afterEach, describe, expect, it, vi } from "vitest";
import { createRestAdapter } from "../../../src/adapters/rest";
import { MAX_ID_LENGTH } from "../../../src/core";
import { failure, fakeFetch, user } from "./restTestSupport";

const BASE = "https://app.example.com/api/user-management";

const LOGIN_PAGE = "<!DOCTYPE html><html><head><title>Sign in</title></head><body><form>…</form></body></html>";

/** A fetch answering every call with `respond`, recording what it was asked. */

/** A fetch that never answers but, like the real one, rejects when its signal aborts. */
function silentFetch() {
  const signals: AbortSignal[] = [];
  const fetch = ((_input: RequestInfo | URL, init?: RequestInit) =>
    new Promise<Response>((_resolve, reject) => {
      const signal = init?.signal;
      if (signal) signals.push(signal);
      signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
    })) as typeof globalThis.fetch;
  return { fetch, signals };
}

const html = (body: string, status = 200) =>
  new Response(body, { status, headers: { "content-type": "text/html; charset=utf-8" } });

/** Whether `promise` has settled, without waiting on a clock. */
function tracked(promise: Promise<unknown>) {
  const state = { settled: false };
  promise.then(
    () => {
      state.settled = true;
    },
    () => {
      state.settled = true;
    },
  );
  return state;
}

type Adapter = ReturnType<typeof createRestAdapter>;

/** Every operation without a result (204 No Content in the contract). */
const EMPTY_OPERATIONS: ReadonlyArray<[string, (adapter: Adapter) => Promise<unknown>]> = [
  ["deleteUser", (adapter) => adapter.deleteUser({ id: "user-2" })],
  ["cancelInvitation", (adapter) => adapter.cancelInvitation({ id: "inv-1" })],
  ["removeExternalUser", (adapter) => adapter.removeExternalUser({ id: "ext-1" })],
  [
    "changePassword",
    (adapter) => adapter.changePassword({ id: "user-2", newPassword: "n3w-Secret!", actorPassword: "x" }),
  ],
];

afterEach(() => {
  vi.useRealTimers();
});

describe("REST adapter: 2xx answers are validated too", () => {
  it("R31: deleteUser answered 200 with a JSON error body fails with malformed_response", async () => {
    const { fetch } = fakeFetch(() =>
      Response.json({ error: { code: "forbidden", message: "You cannot delete this user." } }),
    );
    const error = await failure(createRestAdapter({ baseUrl: BASE, fetch }).deleteUser({ id: "user-2" }));
    expect(error.code).toBe("malformed_response");
    expect(error.message).toContain("deleteUser (DELETE /users/{id})");
    expect(error.message).toContain("HTTP 200");
    expect(error.message).toContain("“forbidden”");
    expect(error.message).toContain("expected 204 No Content");
  });

  it("R31: deleteUser answered 200 with an HTML login page fails with malformed_response saying HTML", async () => {
    const { fetch } = fakeFetch(() => html(LOGIN_PAGE));
    const error = await failure(createRestAdapter({ baseUrl: BASE, fetch }).deleteUser({ id: "user-2" }));
    expect(error.code).toBe("malformed_response");
    expect(error.message).toContain("deleteUser");
    expect(error.message).toContain("HTML");
    expect(error.message).toContain("text/html");
    expect(error.message).toContain(`${BASE}/users/user-2`);
  });

  it("R31: listUsers answered 200 with an HTML login page fails with malformed_response saying HTML", async () => {
    const { fetch } = fakeFetch(() => html(LOGIN_PAGE));
    const error = await failure(createRestAdapter({ baseUrl: BASE, fetch }).listUsers({ page: 1, pageSize: 10 }));
    expect(error.code).toBe("malformed_response");
    expect(error.message).toContain("listUsers (GET /users)");
    expect(error.message).toContain("HTML");
    expect(error.message).toContain("not JSON");
  });

  it("R31: an HTML page is recognised by its markup even when mislabelled", async () => {
    const { fetch } = fakeFetch(() => new Response(LOGIN_PAGE, { headers: { "content-type": "application/json" } }));
    const error = await failure(createRestAdapter({ baseUrl: BASE, fetch }).getSession({}));
    expect(error.code).toBe("malformed_response");
    expect(error.message).toContain("HTML");
  });

  it("R31: a result whose Content-Type is not JSON fails with malformed_response naming the type", async () => {
    const { fetch } = fakeFetch(
      () => new Response(JSON.stringify({ user }), { headers: { "content-type": "text/plain; charset=utf-8" } }),
    );
    const error = await failure(createRestAdapter({ baseUrl: BASE, fetch }).getUser({ id: "user-1" }));
    expect(error.code).toBe("malformed_response");
    expect(error.message).toContain("text/plain");
    expect(error.message).toContain("not JSON");
  });

  it("R31: a result with an empty 200 body fails with malformed_response", async () => {
    const { fetch } = fakeFetch(() => new Response(null, { status: 200 }));
    const error = await failure(createRestAdapter({ baseUrl: BASE, fetch }).getUser({ id: "user-1" }));
    expect(error.code).toBe("malformed_response");
    expect(error.message).toContain("empty body");
  });

  it("R31: a JSON result without any Content-Type is still read", async () => {
    const { fetch } = fakeFetch(() => new Response(new TextEncoder().encode(JSON.stringify({ user }))));
    await expect(createRestAdapter({ baseUrl: BASE, fetch }).getUser({ id: "user-1" })).resolves.toEqual({ user });
  });

  it("R31: application/*+json types count as JSON", async () => {
    const { fetch } = fakeFetch(
      () => new Response(JSON.stringify({ user }), { headers: { "content-type": "application/vnd.api+json" } }),
    );
    await expect(createRestAdapter({ baseUrl: BASE, fetch }).getUser({ id: "user-1" })).resolves.toEqual({ user });
  });

  for (const [name, call] of EMPTY_OPERATIONS) {
    it(`R31: ${name} resolves on 204, and on 200 or 202 with an empty body`, async () => {
      for (const status of [204, 200, 202]) {
        const { fetch } = fakeFetch(() => new Response(null, { status }));
        await expect(call(createRestAdapter({ baseUrl: BASE, fetch }))).resolves.toBeUndefined();
      }
    });

    it(`R31: ${name} refuses a 200 with any body, and a 2xx other than 200, 202 or 204`, async () => {
      for (const answer of [
        () => new Response("OK", { status: 200 }),
        () => Response.json({ ok: true }),
        () => html(LOGIN_PAGE),
        () => new Response(null, { status: 201 }),
        () => new Response("{}", { status: 202 }),
      ]) {
        const { fetch } = fakeFetch(answer);
        const error = await failure(call(createRestAdapter({ baseUrl: BASE, fetch })));
        expect(error.code).toBe("malformed_response");
        expect(error.message).toContain(name);
        expect(error.message).toContain("expected 204 No Content, or 200 or 202 with an empty body");
      }
    });
  }

  it("R31: a redirect fetch did not follow (a 302 to a login page) fails with malformed_response", async () => {
    const { fetch } = fakeFetch(() => Response.redirect("https://app.example.com/login", 302));
    for (const call of [
      (adapter: Adapter) => adapter.deleteUser({ id: "user-2" }),
      (adapter: Adapter) => adapter.getSession({}),
    ]) {
      const error = await failure(call(createRestAdapter({ baseUrl: BASE, fetch })));
      expect(error.code).toBe("malformed_response");
      expect(error.message).toContain("HTTP 302 redirect to https://app.example.com/login");
    }
  });

  it("R31: an opaque redirect (redirect: manual) fails with malformed_response", async () => {
    const { fetch } = fakeFetch(() => {
      // What fetch gives for `redirect: "manual"`: type opaqueredirect, status 0, no headers.
      const response = new Response(null, { status: 200 });
      Object.defineProperty(response, "type", { value: "opaqueredirect" });
      Object.defineProperty(response, "status", { value: 0 });
      Object.defineProperty(response, "ok", { value: false });
      return response;
    });
    const error = await failure(createRestAdapter({ baseUrl: BASE, fetch }).cancelInvitation({ id: "inv-1" }));
    expect(error.code).toBe("malformed_response");
    expect(error.message).toContain("redirect");
  });

  it("R24: a 401 login page says it is HTML", async () => {
    const { fetch } = fakeFetch(() => html(LOGIN_PAGE, 401));
    const error = await failure(createRestAdapter({ baseUrl: BASE, fetch }).getSession({}));
    expect(error.code).toBe("malformed_response");
    expect(error.message).toContain("HTTP 401 with an HTML page");
  });
});

describe("REST adapter: every call has a deadline", () => {
  it("R31: a server that never answers fails with a timeout error after timeoutMs", async () => {
    vi.useFakeTimers();
    const { fetch, signals } = silentFetch();
    const call = failure(createRestAdapter({ baseUrl: BASE, fetch, timeoutMs: 5_000 }).getSession({}));
    await vi.advanceTimersByTimeAsync(5_000);
    const error = await call;
    expect(error.code).toBe("timeout");
    expect(error.message).toBe("The server did not answer within 5 seconds. Try again in a moment.");
    expect(signals[0]?.aborted).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("R31: the default deadline is 30 seconds", async () => {
    vi.useFakeTimers();
    const { fetch } = silentFetch();
    const call = createRestAdapter({ baseUrl: BASE, fetch }).deleteUser({ id: "user-2" });
    const state = tracked(call);
    const result = failure(call);
    await vi.advanceTimersByTimeAsync(29_999);
    expect(state.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const error = await result;
    expect(error.code).toBe("timeout");
    expect(error.message).toContain("30 seconds");
  });

  it("R31: a fetch that ignores its signal still times out", async () => {
    vi.useFakeTimers();
    const fetch = (() => new Promise<Response>(() => {})) as typeof globalThis.fetch;
    const call = failure(createRestAdapter({ baseUrl: BASE, fetch, timeoutMs: 1_000 }).getRoleModel({}));
    await vi.advanceTimersByTimeAsync(1_000);
    expect((await call).code).toBe("timeout");
  });

  it("R31: the deadline covers reading the body, and cancels it", async () => {
    vi.useFakeTimers();
    const cancel = vi.fn();
    const { fetch } = fakeFetch(
      () =>
        new Response(
          new ReadableStream<Uint8Array>({
            start(controller) {
              // Half an answer, then nothing more.
              controller.enqueue(new TextEncoder().encode('{"users":['));
            },
            cancel,
          }),
          { headers: { "content-type": "application/json" } },
        ),
    );
    const call = failure(
      createRestAdapter({ baseUrl: BASE, fetch, timeoutMs: 2_000 }).listUsers({ page: 1, pageSize: 10 }),
    );
    await vi.advanceTimersByTimeAsync(2_000);
    expect((await call).code).toBe("timeout");
    expect(cancel).toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });

  it("R24: the caller's abort still wins, with its own reason, and clears the timer", async () => {
    vi.useFakeTimers();
    const { fetch, signals } = silentFetch();
    const controller = new AbortController();
    const call = createRestAdapter({ baseUrl: BASE, fetch, timeoutMs: 5_000 }).listInvitations({
      signal: controller.signal,
    });
    const outcome = call.catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(1_000);
    const reason = new Error("the query was cancelled");
    controller.abort(reason);
    expect(await outcome).toBe(reason);
    expect(signals[0]?.reason).toBe(reason);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("R31: the timer is cleared when a call succeeds or fails", async () => {
    vi.useFakeTimers();
    const ok = fakeFetch(() => Response.json({ user }));
    await createRestAdapter({ baseUrl: BASE, fetch: ok.fetch }).getUser({ id: "user-1" });
    expect(vi.getTimerCount()).toBe(0);

    const empty = fakeFetch(() => new Response(null, { status: 204 }));
    await createRestAdapter({ baseUrl: BASE, fetch: empty.fetch }).deleteUser({ id: "user-2" });
    expect(vi.getTimerCount()).toBe(0);

    const refused = fakeFetch(() =>
      Response.json({ error: { code: "not_found", message: "No such user." } }, { status: 404 }),
    );
    await failure(createRestAdapter({ baseUrl: BASE, fetch: refused.fetch }).getUser({ id: "user-9" }));
    expect(vi.getTimerCount()).toBe(0);

    const offline = (async () => {
      throw new TypeError("fetch failed");
    }) as typeof globalThis.fetch;
    expect((await failure(createRestAdapter({ baseUrl: BASE, fetch: offline }).getSession({}))).code).toBe("network");
    expect(vi.getTimerCount()).toBe(0);
  });

  it("R31: timeoutMs 0 or Infinity sets no deadline", async () => {
    vi.useFakeTimers();
    for (const timeoutMs of [0, Number.POSITIVE_INFINITY]) {
      const { fetch } = silentFetch();
      const controller = new AbortController();
      const call = createRestAdapter({ baseUrl: BASE, fetch, timeoutMs }).getSession({ signal: controller.signal });
      const outcome = call.catch((error: unknown) => error);
      expect(vi.getTimerCount()).toBe(0);
      await vi.advanceTimersByTimeAsync(24 * 60 * 60 * 1000);
      expect(tracked(call).settled).toBe(false);
      controller.abort("done");
      expect(await outcome).toBe("done");
    }
  });

  it("R24: a timeoutMs that is negative or not a number is refused when the adapter is made", () => {
    const { fetch } = fakeFetch(() => Response.json({}));
    expect(() => createRestAdapter({ baseUrl: BASE, fetch, timeoutMs: -1 })).toThrow(RangeError);
    expect(() => createRestAdapter({ baseUrl: BASE, fetch, timeoutMs: Number.NaN })).toThrow(/timeoutMs/);
  });
});

describe("REST adapter: ids are checked and encoded", () => {
  const badIds: ReadonlyArray<[string, string]> = [
    ["..", "the parent segment"],
    [".", "the current segment"],
    ["", "empty"],
    ["   ", "blank"],
    ["a\u0000b", "a NUL character"],
    ["a\nb", "a line break"],
    ["x".repeat(MAX_ID_LENGTH + 1), `${MAX_ID_LENGTH + 1} characters`],
  ];

  for (const [id, what] of badIds) {
    it(`R31: an id that is ${what} is refused with validation before any request`, async () => {
      const { fetch, mock } = fakeFetch(() => new Response(null, { status: 204 }));
      const error = await failure(createRestAdapter({ baseUrl: BASE, fetch }).deleteUser({ id }));
      expect(error.code).toBe("validation");
      expect(error.fieldErrors?.id).toEqual(expect.any(String));
      expect(error.message).toBe(error.fieldErrors?.id);
      expect(mock).not.toHaveBeenCalled();
    });
  }

  it("R31: every operation with an id refuses `..`", async () => {
    const { fetch, mock } = fakeFetch(() => new Response(null, { status: 204 }));
    const adapter = createRestAdapter({ baseUrl: BASE, fetch });
    const id = "..";
    const calls: Promise<unknown>[] = [
      adapter.getUser({ id }),
      adapter.updateUser({ id, version: 1, changes: {} }),
      adapter.deleteUser({ id }),
      adapter.suspendUser({ id, version: 1 }),
      adapter.reactivateUser({ id, version: 1 }),
      adapter.changePassword({ id, newPassword: "n3w-Secret!", actorPassword: "x" }),
      adapter.resendInvitation({ id }),
      adapter.cancelInvitation({ id }),
      adapter.replaceInvitation({ id, invitee: { email: "a@example.com" }, roleId: "user" }),
      adapter.updateExternalUser({ id, version: 1, roleId: "user" }),
      adapter.removeExternalUser({ id }),
    ];
    for (const call of calls) expect((await failure(call)).code).toBe("validation");
    expect(mock).not.toHaveBeenCalled();
  });

  it(`R31: an id of ${MAX_ID_LENGTH} characters is sent`, async () => {
    const { fetch, requests } = fakeFetch(() => new Response(null, { status: 204 }));
    await createRestAdapter({ baseUrl: BASE, fetch }).deleteUser({ id: "x".repeat(MAX_ID_LENGTH) });
    expect(requests).toHaveLength(1);
  });

  it("R31: an id with / ? # or dots is percent-encoded into one path segment", async () => {
    const { fetch, requests } = fakeFetch(() => new Response(null, { status: 204 }));
    const adapter = createRestAdapter({ baseUrl: BASE, fetch });
    await adapter.deleteUser({ id: "../a/b?c=d#e" });
    await adapter.deleteUser({ id: "%2e%2e" });
    const [first, second] = requests.map((request) => new URL(request.url));
    expect(first?.pathname).toBe("/api/user-management/users/..%2Fa%2Fb%3Fc%3Dd%23e");
    expect(first?.search).toBe("");
    expect(first?.hash).toBe("");
    expect(second?.pathname).toBe("/api/user-management/users/%252e%252e");
  });
});
