import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createUserManagementHandler, type UserManagementHandlerOptions } from "../../src/server";
import { createConformanceFixture } from "../../src/testing";
import { type DatabaseDump, dumpDatabase } from "./databaseDump";
import {
  BASE_PATH,
  type FullStack,
  type FullStackOptions,
  PUBLIC_ORIGIN,
  startFullStack,
  VIEWER_HEADER,
} from "./fullStackHarness";
import { DATABASE_URL, lazyTestDatabase, PGLITE_START_TIMEOUT, type TestDatabase } from "./testDatabase";

/*
 * R9, R31: what the handler refuses before any operation runs — cross-site forms and bodies that are
 * not JSON (415), untrusted origins (403), oversized bodies (413), control characters and
 * out-of-range numbers in paths and query strings (422), wrong methods (405) — and accept links built
 * from configuration only (R13, R15). Every refusal is checked for its status, code, a sentence a
 * person can read, no internals in the body, and that nothing was stored, mailed or logged out.
 */

const ORIGIN = "http://backend.test";
const TRUSTED = "https://admin.example.com";
const UNTRUSTED_MESSAGE = "This request came from a site this server does not trust.";
const NOT_JSON_MESSAGE = "Send the request body as JSON (Content-Type: application/json).";
/** What a body must never show: stack frames, source paths, SQL or PostgreSQL's own words. */
const LEAKS = [
  /\bat\s+\S+\s+\(/,
  /node_modules|\.ts:\d+/,
  /\b(SELECT|INSERT INTO|DELETE FROM)\b/,
  /\bUPDATE\s+\S+\s+SET\b/,
  /syntax error|relation "|violates|SQLSTATE|22021|22003|invalid byte sequence/i,
];
const MB = 1024 * 1024;

interface SendOptions {
  viewer?: string | null;
  headers?: Record<string, string>;
  body?: BodyInit;
}

/** A request to the handler under test, as `admin-1` unless said (`null`: no session). */
function request(method: string, path: string, { viewer = "admin-1", headers = {}, body }: SendOptions = {}) {
  const all = new Headers(headers);
  if (viewer) all.set(VIEWER_HEADER, viewer);
  return new Request(`${ORIGIN}${BASE_PATH}${path}`, { method, headers: all, body });
}

const json = (value: unknown) => ({ headers: { "content-type": "application/json" }, body: JSON.stringify(value) });

/** A body of `bytes` bytes that arrives in 64 KB chunks, counting how many were pulled. */
function streamOf(bytes: number): { body: ReadableStream<Uint8Array>; pulled: () => number } {
  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  let sent = 0;
  let pulls = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulls++;
      if (sent >= bytes) return controller.close();
      const next = chunk.subarray(0, Math.min(chunk.byteLength, bytes - sent));
      sent += next.byteLength;
      controller.enqueue(next);
    },
  });
  return { body, pulled: () => pulls };
}

/** A request with a streamed body: no Content-Length unless given, as a chunked upload sends it. */
function streamedRequest(method: string, path: string, body: ReadableStream<Uint8Array>, headers = {}) {
  const init: RequestInit & { duplex: "half" } = {
    method,
    headers: { [VIEWER_HEADER]: "admin-1", "content-type": "application/json", ...headers },
    body,
    duplex: "half",
  };
  return new Request(`${ORIGIN}${BASE_PATH}${path}`, init);
}

interface ErrorShape {
  error: { code: string; message: string; fieldErrors?: Record<string, string>; current?: unknown };
}

function describeGuards(kind: "pglite" | "postgres") {
  const database = lazyTestDatabase(kind, "request_guards");
  let db: TestDatabase;
  let stack: FullStack;
  let before: DatabaseDump;

  /** A backend over a freshly loaded fixture, with these handler options; the dump to compare with. */
  async function start(options: FullStackOptions["handlerOptions"] = {}) {
    stack = await startFullStack(db, createConformanceFixture(), undefined, { handlerOptions: options });
    before = await dumpDatabase(db);
  }

  /**
   * R31: the answer is the refusal expected — status, code, a sentence, no internals, the named field —
   * and nothing was stored (whole database), mailed or logged out.
   */
  async function expectRefused(
    response: Response,
    status: number,
    code: string,
    field?: string,
  ): Promise<ErrorShape["error"]> {
    const text = await response.text();
    expect(response.status, text).toBe(status);
    const { error } = JSON.parse(text) as ErrorShape;
    expect(error.code, text).toBe(code);
    expect(error.message.trim().split(/\s+/).length, error.message).toBeGreaterThanOrEqual(4);
    expect(error.current).toBeUndefined();
    for (const leak of LEAKS) expect(text).not.toMatch(leak);
    if (field) expect(error.fieldErrors?.[field], text).toEqual(expect.any(String));
    expect(await dumpDatabase(db)).toEqual(before);
    expect([...stack.tokens.keys()].sort()).toEqual(["invitation-expired", "invitation-pending"]);
    expect(stack.revoked).toEqual([]);
    return error;
  }

  beforeAll(async () => {
    db = await database();
  }, PGLITE_START_TIMEOUT);
  afterAll(async () => (await database()).close());
  beforeEach(() => start());

  describe("R9, R31: cross-site forms and bodies that are not JSON are 415", () => {
    it("R9, R31: a text/plain form POST to /users/{id}/suspend is 415 and the user stays active", async () => {
      // The classic JSON-in-a-form trick: <input name='{"version":1,"x":"' value='"}'>.
      const body = '{"version":1,"x":"="}';
      const response = await stack.handler(
        request("POST", "/users/user-1/suspend", { headers: { "content-type": "text/plain" }, body }),
      );
      const error = await expectRefused(response, 415, "validation", "body");
      expect(error.fieldErrors?.body).toBe(NOT_JSON_MESSAGE);
    });

    it("R9, R31: a text/plain form POST to /invitations is 415 and nothing is invited or mailed", async () => {
      const body = JSON.stringify({ invitees: [{ email: "mallory@example.com" }], roleId: "administrator" });
      const response = await stack.handler(
        request("POST", "/invitations", { headers: { "content-type": "text/plain;charset=UTF-8" }, body }),
      );
      await expectRefused(response, 415, "validation", "body");
    });

    it("R9, R31: a form POST to /invitations/{id}/resend (no body expected) is 415 and no link is issued", async () => {
      const plain = request("POST", "/invitations/invitation-pending/resend", {
        headers: { "content-type": "text/plain" },
        body: "x=y",
      });
      await expectRefused(await stack.handler(plain), 415, "validation", "body");
      // An empty form: the type alone gives it away.
      const empty = request("POST", "/invitations/invitation-pending/resend", {
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: "",
      });
      await expectRefused(await stack.handler(empty), 415, "validation", "body");
    });

    it("R9, R31: an application/x-www-form-urlencoded body is 415", async () => {
      const body = new URLSearchParams({ version: "1" });
      await expectRefused(
        await stack.handler(request("POST", "/users/user-1/suspend", { body })),
        415,
        "validation",
        "body",
      );
      await expectRefused(
        await stack.handler(
          request("PATCH", "/users/user-1", { body: new URLSearchParams({ version: "1", "changes[firstName]": "X" }) }),
        ),
        415,
        "validation",
        "body",
      );
    });

    it("R9, R31: a multipart/form-data body is 415", async () => {
      const body = new FormData();
      body.set("invitees", JSON.stringify([{ email: "mallory@example.com" }]));
      body.set("roleId", "user");
      await expectRefused(await stack.handler(request("POST", "/invitations", { body })), 415, "validation", "body");
    });

    it("R9, R31: a DELETE carrying a text/plain body is 415 and the user is kept", async () => {
      const response = await stack.handler(
        request("DELETE", "/users/user-2", { headers: { "content-type": "text/plain" }, body: "please" }),
      );
      await expectRefused(response, 415, "validation", "body");
    });

    it("R9, R31: a body without any Content-Type is 415, on a body operation and on a bodiless one", async () => {
      const bytes = new TextEncoder().encode(JSON.stringify({ version: 1 }));
      const suspend = request("POST", "/users/user-1/suspend", { body: bytes });
      expect(suspend.headers.get("content-type")).toBeNull();
      await expectRefused(await stack.handler(suspend), 415, "validation", "body");
      const remove = request("DELETE", "/users/user-2", { body: new TextEncoder().encode("x") });
      await expectRefused(await stack.handler(remove), 415, "validation", "body");
      // A body operation sent with no body and no type at all: not JSON either.
      await expectRefused(await stack.handler(request("POST", "/users/user-1/suspend")), 415, "validation", "body");
    });

    it("R31: a JSON body in another charset is 415; JSON is UTF-8", async () => {
      const response = await stack.handler(
        request("POST", "/users/user-1/suspend", {
          headers: { "content-type": "application/json; charset=iso-8859-1" },
          body: "{}",
        }),
      );
      await expectRefused(response, 415, "validation", "body");
    });

    it("R9: JSON passes, with or without a charset, in any case; bodiless mutations pass with no body", async () => {
      const suspended = await stack.handler(
        request("POST", "/users/user-1/suspend", {
          headers: { "content-type": "application/json; charset=utf-8" },
          body: JSON.stringify({ version: 1 }),
        }),
      );
      expect(suspended.status).toBe(200);
      const reactivated = await stack.handler(
        request("POST", "/users/user-1/reactivate", {
          headers: { "content-type": "Application/JSON;Charset=UTF-8" },
          body: "{}",
        }),
      );
      expect(reactivated.status).toBe(200);
      expect((await stack.handler(request("POST", "/invitations/invitation-pending/resend"))).status).toBe(200);
      expect((await stack.handler(request("DELETE", "/users/user-2"))).status).toBe(204);
      // A bodiless operation may be sent as JSON by a generic client; the body is not read.
      expect((await stack.handler(request("DELETE", "/invitations/invitation-expired", json({})))).status).toBe(204);
    });
  });

  describe("R31: oversized bodies are 413", () => {
    it("R31: a 10 MB body with its Content-Length is 413, refused before it is read", async () => {
      const { body, pulled } = streamOf(10 * MB);
      const response = await stack.handler(
        streamedRequest("POST", "/invitations", body, { "content-length": String(10 * MB) }),
      );
      const error = await expectRefused(response, 413, "validation", "body");
      expect(error.fieldErrors?.body).toMatch(/at most 64 KB/);
      expect(pulled()).toBeLessThanOrEqual(2);
    });

    it("R31: a 10 MB body without Content-Length is 413, reading stopped just past the limit", async () => {
      const { body, pulled } = streamOf(10 * MB);
      const response = await stack.handler(streamedRequest("POST", "/invitations", body));
      const error = await expectRefused(response, 413, "validation", "body");
      expect(error.fieldErrors?.body).toMatch(/at most 64 KB/);
      expect(pulled()).toBeLessThan(10);
    });

    it("R31: a Content-Length that lies (20 bytes for 10 MB) lets nothing bigger through", async () => {
      const { body } = streamOf(10 * MB);
      const response = await stack.handler(streamedRequest("PATCH", "/users/user-1", body, { "content-length": "20" }));
      await expectRefused(response, 413, "validation", "body");
    });

    it("R31: a 10 MB string body (what fetch sends for a string) is 413", async () => {
      const body = JSON.stringify({ version: 1, changes: { firstName: "x".repeat(10 * MB) } });
      const response = await stack.handler(request("PATCH", "/users/user-1", { ...json(null), body }));
      await expectRefused(response, 413, "validation", "body");
    });

    it("R31: maxBodyBytes is configurable: a body at the limit passes, one byte more is 413", async () => {
      await start({ maxBodyBytes: 1000 });
      const padded = (bytes: number) => JSON.stringify({ version: 1 }).padEnd(bytes, " ");
      const over = await stack.handler(request("POST", "/users/user-1/suspend", { ...json(null), body: padded(1001) }));
      const error = await expectRefused(over, 413, "validation", "body");
      expect(error.fieldErrors?.body).toMatch(/at most 1000 bytes/);
      const at = await stack.handler(request("POST", "/users/user-1/suspend", { ...json(null), body: padded(1000) }));
      expect(at.status).toBe(200);
    });
  });

  describe("R9: trustedOrigins, Origin and Sec-Fetch-Site", () => {
    const suspend = (headers: Record<string, string>) =>
      request("POST", "/users/user-1/suspend", {
        headers: { "content-type": "application/json", ...headers },
        body: "{}",
      });

    it("R9, R31: with trustedOrigins, a listed origin passes", async () => {
      await start({ trustedOrigins: [TRUSTED, "https://other.example.com"] });
      const response = await stack.handler(suspend({ origin: TRUSTED, "sec-fetch-site": "same-site" }));
      expect(response.status).toBe(200);
    });

    it("R9, R31: with trustedOrigins, another origin is 403 forbidden and nothing changes", async () => {
      await start({ trustedOrigins: [TRUSTED] });
      const error = await expectRefused(
        await stack.handler(suspend({ origin: "https://evil.example" })),
        403,
        "forbidden",
      );
      expect(error.message).toBe(UNTRUSTED_MESSAGE);
      await expectRefused(await stack.handler(suspend({ origin: "null" })), 403, "forbidden");
      // The invitation endpoints too, bodiless ones included.
      const resend = request("POST", "/invitations/invitation-pending/resend", {
        headers: { origin: "https://evil.example" },
      });
      await expectRefused(await stack.handler(resend), 403, "forbidden");
    });

    it("R9, R31: with trustedOrigins, a same-site request without Origin is 403 (which sibling is unknown)", async () => {
      await start({ trustedOrigins: [TRUSTED] });
      await expectRefused(await stack.handler(suspend({ "sec-fetch-site": "same-site" })), 403, "forbidden");
    });

    it("R9, R31: Sec-Fetch-Site cross-site is 403 with or without trustedOrigins", async () => {
      await expectRefused(await stack.handler(suspend({ "sec-fetch-site": "cross-site" })), 403, "forbidden");
      await expectRefused(
        await stack.handler(suspend({ "sec-fetch-site": "cross-site", origin: "https://evil.example" })),
        403,
        "forbidden",
      );
      await start({ trustedOrigins: [TRUSTED] });
      await expectRefused(await stack.handler(suspend({ "sec-fetch-site": "cross-site" })), 403, "forbidden");
    });

    it("R9: a cross-site request from a listed origin, or from publicOrigin, passes", async () => {
      await start({ trustedOrigins: [TRUSTED] });
      expect((await stack.handler(suspend({ "sec-fetch-site": "cross-site", origin: TRUSTED }))).status).toBe(200);
      await start();
      const fromApp = await stack.handler(suspend({ "sec-fetch-site": "cross-site", origin: PUBLIC_ORIGIN }));
      expect(fromApp.status).toBe(200);
    });

    it("R9: requests without Origin or Sec-Fetch-Site (servers, curl) pass; so do same-origin ones", async () => {
      await start({ trustedOrigins: [TRUSTED] });
      expect((await stack.handler(suspend({}))).status).toBe(200);
      await start({ trustedOrigins: [TRUSTED] });
      expect((await stack.handler(suspend({ "sec-fetch-site": "same-origin" }))).status).toBe(200);
    });

    it("R9: reads are not mutations: a GET from an untrusted origin is answered", async () => {
      await start({ trustedOrigins: [TRUSTED] });
      const read = request("GET", "/session", {
        headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
      });
      expect((await stack.handler(read)).status).toBe(200);
    });
  });

  describe("R31: a wrong method on a known path is 405 with Allow", () => {
    it("R31: PUT /users/{id} is 405, Allow: GET, PATCH, DELETE", async () => {
      const response = await stack.handler(request("PUT", "/users/user-1", json({ version: 1, changes: {} })));
      expect(response.headers.get("allow")).toBe("GET, PATCH, DELETE");
      const error = await expectRefused(response, 405, "not_found");
      expect(error.message).toMatch(/allows GET, PATCH, DELETE/);
    });

    it("R31: DELETE /session is 405, Allow: GET", async () => {
      const response = await stack.handler(request("DELETE", "/session"));
      expect(response.headers.get("allow")).toBe("GET");
      await expectRefused(response, 405, "not_found");
    });

    it("R31: GET /invitations/{id}/resend and POST /users are 405 naming the allowed methods", async () => {
      const resend = await stack.handler(request("GET", "/invitations/invitation-pending/resend"));
      expect(resend.headers.get("allow")).toBe("POST");
      await expectRefused(resend, 405, "not_found");
      const users = await stack.handler(request("POST", "/users", json({})));
      expect(users.headers.get("allow")).toBe("GET");
      await expectRefused(users, 405, "not_found");
    });

    it("R31: unknown paths stay 404, under the base path and outside it", async () => {
      await expectRefused(await stack.handler(request("GET", "/no-such-thing")), 404, "not_found");
      await expectRefused(await stack.handler(request("PUT", "/users/user-1/promote")), 404, "not_found");
      const outside = await stack.handler(new Request(`${ORIGIN}/users/user-1`, { method: "PUT" }));
      expect(outside.status).toBe(404);
    });
  });

  describe("R31: control characters and out-of-range numbers in paths and queries are 422", () => {
    it("R31: a NUL in a path id is 422 with an `id` field error, for reads and writes", async () => {
      await expectRefused(await stack.handler(request("GET", "/users/user-1%00")), 422, "validation", "id");
      await expectRefused(
        await stack.handler(request("PATCH", "/users/user-1%00", json({ version: 1, changes: { firstName: "X" } }))),
        422,
        "validation",
        "id",
      );
      await expectRefused(await stack.handler(request("DELETE", "/users/%00")), 422, "validation", "id");
      await expectRefused(
        await stack.handler(request("POST", "/invitations/invitation-pending%00/resend")),
        422,
        "validation",
        "id",
      );
      await expectRefused(
        await stack.handler(request("DELETE", "/external-users/external-1%0A")),
        422,
        "validation",
        "id",
      );
    });

    it("R31: a path id longer than 200 characters is 422 `id`", async () => {
      await expectRefused(await stack.handler(request("GET", `/users/${"x".repeat(201)}`)), 422, "validation", "id");
    });

    it("R31: a NUL or a too-long text in `search` is 422 `search`", async () => {
      await expectRefused(await stack.handler(request("GET", "/users?search=ad%00min")), 422, "validation", "search");
      await expectRefused(
        await stack.handler(request("GET", `/users?search=${"a".repeat(201)}`)),
        422,
        "validation",
        "search",
      );
    });

    it("R31: a NUL in a `roleId` or `status` filter is 422 naming it, without echoing the character", async () => {
      await expectRefused(
        await stack.handler(request("GET", "/users?roleId=user&roleId=admin%00istrator")),
        422,
        "validation",
        "roleId",
      );
      const error = await expectRefused(
        await stack.handler(request("GET", "/users?status=active%00")),
        422,
        "validation",
        "status",
      );
      expect(error.message).not.toContain("\u0000");
      await expectRefused(
        await stack.handler(request("GET", `/users?roleId=${"r".repeat(201)}`)),
        422,
        "validation",
        "roleId",
      );
    });

    it("R31: page=1000000000000000000 is 422 `page` on every list", async () => {
      for (const path of ["/users", "/invitations", "/external-users"]) {
        const error = await expectRefused(
          await stack.handler(request("GET", `${path}?page=1000000000000000000`)),
          422,
          "validation",
          "page",
        );
        expect(error.fieldErrors?.page).toMatch(/whole number from 1 to 1000000/);
      }
    });

    it("R31: pages and page sizes that are not whole numbers in range are 422", async () => {
      for (const query of ["page=0", "page=-1", "page=1.5", "page=0x10", "page=1e3", "page=%201", "page=1000001"]) {
        await expectRefused(await stack.handler(request("GET", `/users?${query}`)), 422, "validation", "page");
      }
      for (const query of ["pageSize=0", "pageSize=201", "pageSize=9007199254740993"]) {
        await expectRefused(
          await stack.handler(request("GET", `/invitations?${query}`)),
          422,
          "validation",
          "pageSize",
        );
      }
      expect((await stack.handler(request("GET", "/users?page=1000000&pageSize=200&unknown=1"))).status).toBe(200);
    });
  });

  describe("R31: request bodies are bounded by core's limits", () => {
    it("R31: `changes: []` is 422, not a no-op update", async () => {
      const response = await stack.handler(request("PATCH", "/users/user-1", json({ version: 1, changes: [] })));
      await expectRefused(response, 422, "validation", "changes");
    });

    it("R31: a JSON array as the whole body is 422 `body`", async () => {
      await expectRefused(
        await stack.handler(request("POST", "/users/user-1/suspend", json([{ version: 1 }]))),
        422,
        "validation",
        "body",
      );
    });

    it("R31: a version beyond the database's integers is 422 `version`", async () => {
      const response = await stack.handler(
        request("PATCH", "/users/user-1", json({ version: 2_147_483_648, changes: { firstName: "X" } })),
      );
      await expectRefused(response, 422, "validation", "version");
    });

    it("R11, R31: more than 100 invitees, or an invitee name over 200 characters, is 422", async () => {
      const invitees = Array.from({ length: 101 }, (_, index) => ({ email: `person-${index}@example.com` }));
      const tooMany = await stack.handler(request("POST", "/invitations", json({ invitees, roleId: "user" })));
      const error = await expectRefused(tooMany, 422, "validation", "invitees");
      expect(error.fieldErrors?.invitees).toBe("Invite at most 100 people at once.");
      const longName = { email: "kim.king@example.com", firstName: "K".repeat(201) };
      const named = await stack.handler(
        request("POST", "/invitations", json({ invitees: [longName], roleId: "user" })),
      );
      const nameError = await expectRefused(named, 422, "validation", "invitees[0].firstName");
      expect(nameError.fieldErrors?.["invitees[0].firstName"]).toBe("A name has at most 200 characters.");
    });

    it("R5, R31: more than 100 grants are 422 `permissions`", async () => {
      const permissions = Array.from({ length: 101 }, () => "reports.view");
      const response = await stack.handler(
        request("PATCH", "/users/custom-1", json({ version: 1, changes: { roleId: "custom", permissions } })),
      );
      await expectRefused(response, 422, "validation", "permissions");
    });

    it("R26, R31: a profile name over 200 characters is refused in core's words, named as the form names it", async () => {
      const response = await stack.handler(
        request("PATCH", "/users/user-1", json({ version: 1, changes: { firstName: "x".repeat(201) } })),
      );
      const error = await expectRefused(response, 422, "validation", "firstName");
      expect(error.fieldErrors?.firstName).toBe("A name has at most 200 characters.");
    });
  });

  describe("R13, R15: accept links are built from configuration, never from the request", () => {
    it("R13, R15: an invitation sent with `Host: evil.example` mails a link on publicOrigin", async () => {
      const links: string[] = [];
      await start({
        sendInvitation: (_invitation, link) => {
          links.push(link);
        },
      });
      const spoofed = new Request(`http://evil.example${BASE_PATH}/invitations`, {
        method: "POST",
        headers: {
          host: "evil.example",
          "x-forwarded-host": "evil.example",
          [VIEWER_HEADER]: "admin-1",
          "content-type": "application/json",
        },
        body: JSON.stringify({ invitees: [{ email: "kim.king@example.com" }], roleId: "user" }),
      });
      expect((await stack.handler(spoofed)).status).toBe(200);
      const resent = new Request(`http://evil.example${BASE_PATH}/invitations/invitation-expired/resend`, {
        method: "POST",
        headers: { host: "evil.example", [VIEWER_HEADER]: "admin-1" },
      });
      expect((await stack.handler(resent)).status).toBe(200);
      expect(links).toHaveLength(2);
      for (const link of links) {
        const url = new URL(link);
        expect(`${url.origin}${url.pathname}`).toBe(`${PUBLIC_ORIGIN}/accept-invitation`);
        expect(url.searchParams.get("token")).toMatch(/^[A-Za-z0-9_-]{43}$/);
      }
    });

    it("R13, R15: in development (NODE_ENV), without publicOrigin, links fall back to the request's origin", async () => {
      const links: string[] = [];
      vi.stubEnv("NODE_ENV", "development");
      try {
        await start({ publicOrigin: undefined, sendInvitation: (_invitation, link) => void links.push(link) });
      } finally {
        vi.unstubAllEnvs();
      }
      const response = await stack.handler(
        new Request(`http://localhost:5173${BASE_PATH}/invitations/invitation-expired/resend`, {
          method: "POST",
          headers: { [VIEWER_HEADER]: "admin-1" },
        }),
      );
      expect(response.status).toBe(200);
      expect(links[0]).toMatch(/^http:\/\/localhost:5173\/accept-invitation\?token=/);
    });

    it("R13, R15: a relative acceptUrl is resolved against publicOrigin", async () => {
      const links: string[] = [];
      await start({ acceptUrl: "/join/team", sendInvitation: (_invitation, link) => void links.push(link) });
      const invite = request(
        "POST",
        "/invitations",
        json({ invitees: [{ email: "kim.king@example.com" }], roleId: "user" }),
      );
      expect((await stack.handler(invite)).status).toBe(200);
      expect(links[0]).toMatch(new RegExp(`^${PUBLIC_ORIGIN}/join/team\\?token=`));
    });
  });
}

describe("request guards on PGlite", () => describeGuards("pglite"));
describe.skipIf(!DATABASE_URL)("request guards on PostgreSQL", () => describeGuards("postgres"));

describe("R13, R15: creating the handler", () => {
  const base: UserManagementHandlerOptions = {
    store: {
      transaction: async () => {
        throw new Error("not reached");
      },
    },
    getViewer: () => null,
    sendInvitation: () => {},
    onAccessRevoked: () => {},
  };
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("R13, R15: without publicOrigin outside development, a relative or absent acceptUrl throws a clear error", () => {
    vi.stubEnv("NODE_ENV", "production");
    expect(() => createUserManagementHandler(base)).toThrow(/publicOrigin/);
    expect(() => createUserManagementHandler({ ...base, acceptUrl: "/join" })).toThrow(/acceptUrl is "\/join"/);
    vi.stubEnv("NODE_ENV", undefined);
    expect(() => createUserManagementHandler(base)).toThrow(/never built from the request's Host/);
  });

  it("R13, R15: an absolute acceptUrl, a function, or publicOrigin needs nothing more", () => {
    vi.stubEnv("NODE_ENV", "production");
    expect(() => createUserManagementHandler({ ...base, acceptUrl: "https://app.example.com/join" })).not.toThrow();
    expect(() =>
      createUserManagementHandler({ ...base, acceptUrl: (token) => `https://x.test/${token}` }),
    ).not.toThrow();
    expect(() => createUserManagementHandler({ ...base, publicOrigin: "https://app.example.com" })).not.toThrow();
  });

  it("R9, R13: publicOrigin and trustedOrigins must be origins, checked at creation", () => {
    expect(() => createUserManagementHandler({ ...base, publicOrigin: "https://app.example.com/base" })).toThrow(
      /publicOrigin must be an origin/,
    );
    expect(() => createUserManagementHandler({ ...base, publicOrigin: "app.example.com" })).toThrow(/publicOrigin/);
    expect(() => createUserManagementHandler({ ...base, trustedOrigins: ["*"] })).toThrow(/trustedOrigins/);
    expect(() => createUserManagementHandler({ ...base, maxBodyBytes: 0 })).toThrow(/maxBodyBytes/);
    expect(() =>
      createUserManagementHandler({ ...base, trustedOrigins: ["https://App.Example.com:443/"] }),
    ).not.toThrow();
  });

  it("R31: the store is never reached by a refused request", async () => {
    const transaction = vi.fn(async () => {
      throw new Error("the store must not be reached");
    });
    const handler = createUserManagementHandler({
      ...base,
      store: { transaction },
      getViewer: () => "admin-1",
      trustedOrigins: [TRUSTED],
    });
    const refused = [
      new Request(`${ORIGIN}/users/user-1/suspend`, {
        method: "POST",
        body: "{}",
        headers: { "content-type": "text/plain" },
      }),
      new Request(`${ORIGIN}/users/user-1/suspend`, {
        method: "POST",
        body: "{}",
        headers: { "content-type": "application/json", origin: "https://evil.example" },
      }),
      new Request(`${ORIGIN}/users/a%00b`),
      new Request(`${ORIGIN}/users?page=1000000000000000000`),
      new Request(`${ORIGIN}/users?search=%00`),
      new Request(`${ORIGIN}/users/user-1`, { method: "PUT" }),
      new Request(`${ORIGIN}/invitations`, {
        method: "POST",
        body: "x".repeat(70_000),
        headers: { "content-type": "application/json" },
      }),
    ];
    const statuses = [];
    for (const item of refused) statuses.push((await handler(item)).status);
    expect(statuses).toEqual([415, 403, 422, 422, 422, 405, 413]);
    expect(transaction).not.toHaveBeenCalled();
  });
});
