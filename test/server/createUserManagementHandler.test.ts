import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createRestAdapter } from "../../src/adapters/rest";
import { createManualClock, isUserManagementError } from "../../src/core";
import { createPostgresStore, createUserManagementHandler, type UserManagementStore } from "../../src/server";
import { createConformanceFixture } from "../../src/testing";
import { BASE_PATH, type FullStack, startFullStack, VIEWER_HEADER } from "./fullStackHarness";
import { lazyTestDatabase, PGLITE_START_TIMEOUT } from "./testDatabase";

const database = lazyTestDatabase("pglite", "handler");
beforeAll(() => database(), PGLITE_START_TIMEOUT);
afterAll(async () => (await database()).close());

let stack: FullStack;
beforeEach(async () => {
  stack = await startFullStack(await database(), createConformanceFixture());
});

/** A raw request to the handler, as `viewerId` (or with no session). */
function send(method: string, path: string, options: { viewer?: string; body?: string } = {}) {
  const headers = new Headers(options.viewer ? { [VIEWER_HEADER]: options.viewer } : {});
  if (options.body !== undefined) headers.set("content-type", "application/json");
  return stack.handler(new Request(`http://backend.test${BASE_PATH}${path}`, { method, headers, body: options.body }));
}

describe("createUserManagementHandler: HTTP behaviour", () => {
  it("R10: a request without a session is 401 access_revoked", async () => {
    const response = await send("GET", "/session");
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      error: { code: "access_revoked", message: "You are not signed in to this account." },
    });
  });

  it("R10, R20: a deleted caller is 403 access_revoked, saying their access was revoked", async () => {
    await stack.as("admin-1").deleteUser({ id: "user-2" });
    const response = await send("GET", "/session", { viewer: "user-2" });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({
      error: { code: "access_revoked", message: "Your access to this account was revoked." },
    });
  });

  it("R10: a suspended caller is 403 access_suspended, saying their access is suspended", async () => {
    const response = await send("GET", "/session", { viewer: "suspended-1" });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({
      error: { code: "access_suspended", message: "Your access to this account is suspended." },
    });
  });

  it("an unknown route answers the contract's 404 error", async () => {
    const response = await send("GET", "/no-such-thing", { viewer: "admin-1" });
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe("not_found");
  });

  it("a body that is not JSON is 422 validation", async () => {
    const response = await send("PATCH", "/users/user-1", { viewer: "admin-1", body: "{not json" });
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({
      error: { code: "validation", fieldErrors: { body: expect.any(String) } },
    });
  });

  it("a body of the wrong shape is 422 validation naming each field as the forms name it", async () => {
    const body = JSON.stringify({ version: "1", changes: { firstName: 7 } });
    const response = await send("PATCH", "/users/user-1", { viewer: "admin-1", body });
    expect(response.status).toBe(422);
    const { error } = await response.json();
    // `changes.firstName` is the user's `firstName`: one name for a field, whoever finds the problem.
    expect(Object.keys(error.fieldErrors).sort()).toEqual(["firstName", "version"]);
  });

  it("a query string out of the contract is 422 validation naming the parameter", async () => {
    const response = await send("GET", "/users?page=two&sort=age", { viewer: "admin-1" });
    expect(response.status).toBe(422);
    expect(Object.keys((await response.json()).error.fieldErrors).sort()).toEqual(["page", "sort"]);
  });

  it("R25: a stale version is 409 conflict with the record as it is now", async () => {
    await stack.as("admin-1").updateUser({ id: "user-1", version: 1, changes: { firstName: "Cleona" } });
    const body = JSON.stringify({ version: 1, changes: { lastName: "Late" } });
    const response = await send("PATCH", "/users/user-1", { viewer: "admin-2", body });
    expect(response.status).toBe(409);
    expect((await response.json()).error).toMatchObject({
      code: "conflict",
      current: { id: "user-1", firstName: "Cleona", version: 2 },
    });
  });

  it("R20: tells the host to log out users who are deleted, suspended or lose external access, once committed", async () => {
    const admin = stack.as("admin-1");
    await admin.deleteUser({ id: "user-2" });
    await admin.suspendUser({ id: "user-1" });
    await admin.removeExternalUser({ id: "external-1" });
    await expect(admin.deleteUser({ id: "admin-1" })).rejects.toMatchObject({ code: "self_action" });
    expect(stack.revoked).toEqual(["user-2", "user-1", "external-1"]);
  });

  it("R13, R15: mails an accept link on the configured page, carrying a token that accepts the invitation", async () => {
    const sent: { email: string; link: string }[] = [];
    const db = await database();
    const handler = createUserManagementHandler({
      store: createPostgresStore({ client: db.client, schema: db.schema }),
      getViewer: () => "admin-1",
      sendInvitation: (invitation, link) => {
        sent.push({ email: invitation.email, link });
      },
      onAccessRevoked: () => {},
      acceptUrl: "https://app.example.com/join",
    });
    const adapter = createRestAdapter({
      baseUrl: "http://backend.test",
      fetch: async (input, init) => handler(new Request(input, init)),
    });
    await adapter.inviteUsers({ invitees: [{ email: "kim.king@example.com" }], roleId: "user" });
    expect(sent).toHaveLength(1);
    const link = new URL(sent[0]?.link ?? "");
    expect(`${link.origin}${link.pathname}`).toBe("https://app.example.com/join");
    const { user } = await adapter.acceptInvitation({
      token: link.searchParams.get("token") ?? "",
      firstName: "Kim",
      lastName: "King",
    });
    expect(user).toMatchObject({ email: "kim.king@example.com", roleId: "user" });
  });

  it("R11: nothing is mailed for a batch that was refused", async () => {
    await expect(
      stack.as("user-1").inviteUsers({ invitees: [{ email: "kim.king@example.com" }], roleId: "user" }),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect([...stack.tokens.keys()].sort()).toEqual(["invitation-expired", "invitation-pending"]);
  });

  it("an unexpected failure is 500 unavailable without its details, and reported to onError", async () => {
    const onError = vi.fn();
    const broken: UserManagementStore = {
      transaction: async () => {
        throw new Error("connection refused to 10.0.0.5:5432 (password=hunter2)");
      },
    };
    const handler = createUserManagementHandler({
      store: broken,
      getViewer: () => "admin-1",
      sendInvitation: () => {},
      onAccessRevoked: () => {},
      onError,
    });
    const response = await handler(new Request("http://backend.test/session"));
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text).error.code).toBe("unavailable");
    expect(text).not.toContain("hunter2");
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it("R12: invitation expiry follows the handler's clock", async () => {
    const clock = createManualClock("2026-01-15T09:00:00.000Z");
    const fresh = await startFullStack(await database(), createConformanceFixture(), clock);
    const admin = fresh.as("admin-1");
    const { results } = await admin.inviteUsers({ invitees: [{ email: "kim.king@example.com" }], roleId: "user" });
    clock.advance(8 * 24 * 60 * 60 * 1000);
    const { invitations } = await admin.listInvitations({});
    expect(invitations.find((invitation) => invitation.id === results[0]?.invitation?.id)?.status).toBe("expired");
  });
});

describe("createUserManagementHandler over a real HTTP listener (loopback)", () => {
  it("serves the REST adapter through Node's HTTP server, errors and signals included", async () => {
    const server = serve({ fetch: stack.handler, hostname: "127.0.0.1", port: 0 });
    await new Promise<void>((resolve) => server.once("listening", () => resolve()));
    try {
      const { port } = server.address() as AddressInfo;
      const baseUrl = `http://127.0.0.1:${port}${BASE_PATH}`;
      const admin = createRestAdapter({ baseUrl, headers: { [VIEWER_HEADER]: "admin-1" } });
      const user = createRestAdapter({ baseUrl, headers: { [VIEWER_HEADER]: "user-1" } });

      const { viewer, account } = await admin.getSession({});
      expect(viewer.id).toBe("admin-1");
      expect(account.seatsUsed).toBe(7);
      const { users, total } = await admin.listUsers({
        page: 1,
        pageSize: 2,
        sort: { field: "email", direction: "asc" },
      });
      expect(total).toBe(6);
      expect(users.map((listed) => listed.id)).toEqual(["admin-1", "admin-2"]);
      const { user: updated } = await admin.updateUser({ id: "user-1", version: 1, changes: { lastName: "Cortez" } });
      expect(updated.version).toBe(2);

      const refused = await user.listUsers({ page: 1, pageSize: 10 }).catch((error: unknown) => error);
      expect(isUserManagementError(refused, "forbidden")).toBe(true);

      const aborted = await admin.getSession({ signal: AbortSignal.abort() }).catch((error: unknown) => error);
      expect((aborted as Error).name).toBe("AbortError");

      const offline = createRestAdapter({ baseUrl: "http://127.0.0.1:9/api", headers: { [VIEWER_HEADER]: "admin-1" } });
      const unreachable = await offline.getSession({}).catch((error: unknown) => error);
      expect(isUserManagementError(unreachable, "network")).toBe(true);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
