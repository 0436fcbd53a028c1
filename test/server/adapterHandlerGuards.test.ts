import { describe, expect, it, vi } from "vitest";
import type { UserManagementAdapter } from "../../src/adapter";
import { createConformanceFixture } from "../../src/testing";
import { type AdapterStackOptions, send, startAdapterStack } from "./adapterHandlerHarness";

/**
 * A backend that records whether the adapter was ever built: the guards must refuse a request
 * before the host's `adapter(request)` runs, so a refused request reaches neither it nor its backend.
 */
function guardedStack(handlerOptions: AdapterStackOptions["handlerOptions"] = {}) {
  const built = vi.fn((view: UserManagementAdapter) => view);
  const stack = startAdapterStack(createConformanceFixture(), { wrap: built, handlerOptions });
  return { ...stack, built };
}

const invite = JSON.stringify({ invitees: [{ email: "kim.king@example.com" }], roleId: "user" });

describe("createAdapterHandler: the store handler's request guards", () => {
  it("R31: a body that is not JSON is 415, before the adapter is built", async () => {
    const { handler, built } = guardedStack();
    const headers = { "content-type": "text/plain" };
    const response = await send(handler, "POST", "/invitations", { viewer: "admin-1", body: invite, headers });
    expect(response.status).toBe(415);
    expect((await response.json()).error.code).toBe("validation");
    expect(built).not.toHaveBeenCalled();
  });

  it("R31: a body over maxBodyBytes is 413, before the adapter is built", async () => {
    const { handler, built, memory } = guardedStack({ maxBodyBytes: 64 });
    const response = await send(handler, "POST", "/invitations", { viewer: "admin-1", body: invite.repeat(3) });
    expect(response.status).toBe(413);
    expect((await response.json()).error.fieldErrors).toEqual({ body: "The request body may hold at most 64 bytes." });
    expect(built).not.toHaveBeenCalled();
    expect(memory.snapshot().invitations).toHaveLength(createConformanceFixture().invitations.length);
  });

  it("a path of the contract asked with another method is 405 with Allow", async () => {
    const { handler } = guardedStack();
    const response = await send(handler, "PUT", "/users/user-1", { viewer: "admin-1", body: "{}" });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, PATCH, DELETE");
    expect((await send(handler, "DELETE", "/capabilities", { viewer: "admin-1" })).headers.get("allow")).toBe("GET");
  });

  it("a path outside the contract or outside basePath is 404 not_found", async () => {
    const { handler } = guardedStack();
    expect((await send(handler, "GET", "/no-such-thing", { viewer: "admin-1" })).status).toBe(404);
    const outside = await handler(
      new Request("http://backend.test/users", { headers: { "x-test-viewer": "admin-1" } }),
    );
    expect(outside.status).toBe(404);
  });

  it("R9: a browser's cross-site mutation is 403 forbidden and invites nobody", async () => {
    const { handler, built, memory } = guardedStack();
    const headers = { "sec-fetch-site": "cross-site", origin: "https://evil.test" };
    const response = await send(handler, "POST", "/invitations", { viewer: "admin-1", body: invite, headers });
    expect(response.status).toBe(403);
    expect((await response.json()).error.code).toBe("forbidden");
    expect(built).not.toHaveBeenCalled();
    expect(memory.snapshot().invitations).toHaveLength(createConformanceFixture().invitations.length);
  });

  it("R9: with trustedOrigins, only their pages send mutations; reads pass from anywhere", async () => {
    const { handler } = guardedStack({ trustedOrigins: ["https://app.test"] });
    const from = (origin: string) => ({ viewer: "admin-1", body: invite, headers: { origin } });
    expect((await send(handler, "POST", "/invitations", from("https://evil.test"))).status).toBe(403);
    expect((await send(handler, "POST", "/invitations", from("https://app.test"))).status).toBe(200);
    const read = await send(handler, "GET", "/users", { viewer: "admin-1", headers: { origin: "https://evil.test" } });
    expect(read.status).toBe(200);
  });

  it("refuses at creation a trusted origin that is not one, naming this handler", () => {
    expect(() => guardedStack({ trustedOrigins: ["app.test/path"] })).toThrow(
      /^createAdapterHandler: trustedOrigins must be an origin/,
    );
  });

  it("R31: a body that does not follow the contract is 422 with fieldErrors, before the adapter is built", async () => {
    const { handler, built } = guardedStack();
    const body = JSON.stringify({ version: 1, changes: [] });
    const response = await send(handler, "PATCH", "/users/user-1", { viewer: "admin-1", body });
    expect(response.status).toBe(422);
    expect(Object.keys((await response.json()).error.fieldErrors)).toEqual(["changes"]);
    expect(built).not.toHaveBeenCalled();
  });

  it("R31: a path id with a control character is 422, field id", async () => {
    const response = await send(guardedStack().handler, "GET", "/users/a%00b", { viewer: "admin-1" });
    expect(response.status).toBe(422);
    expect(Object.keys((await response.json()).error.fieldErrors)).toEqual(["id"]);
  });

  it.each([
    ["/users?pageSize=0", "pageSize"],
    ["/users?sort=password", "sort"],
    ["/users?status=deleted", "status"],
    ["/invitations?page=1e3", "page"],
    ["/external-users?pageSize=201", "pageSize"],
  ])("R1, R31: a query value out of the contract (%s) is 422, field %s", async (path, field) => {
    const response = await send(guardedStack().handler, "GET", path, { viewer: "admin-1" });
    expect(response.status).toBe(422);
    expect(Object.keys((await response.json()).error.fieldErrors)).toEqual([field]);
  });

  it("R1: the user list's query reaches the adapter parsed: search, sort, filters, paging", async () => {
    const seen = vi.fn();
    const { handler } = startAdapterStack(createConformanceFixture(), {
      wrap: (view) => ({
        ...view,
        listUsers: (params) => {
          seen(params);
          return view.listUsers(params);
        },
      }),
    });
    const path =
      "/users?page=2&pageSize=3&search=ada&sort=email&direction=desc&roleId=user&roleId=custom&status=active";
    expect((await send(handler, "GET", path, { viewer: "admin-1" })).status).toBe(200);
    expect(seen).toHaveBeenCalledWith({
      page: 2,
      pageSize: 3,
      search: "ada",
      sort: { field: "email", direction: "desc" },
      roleIds: ["user", "custom"],
      statuses: ["active"],
      signal: expect.any(AbortSignal),
    });
  });
});
