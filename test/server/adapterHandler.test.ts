import { describe, expect, it, vi } from "vitest";
import { getAdapterBehaviours, getAdapterCapabilities, type UserManagementAdapter } from "../../src/adapter";
import { UserManagementError } from "../../src/core";
import { type AdapterHandlerOptions, createAdapterHandler } from "../../src/server";
import { createConformanceFixture } from "../../src/testing";
import { failure } from "../adapters/rest/restTestSupport";
import { type AdapterStackOptions, send, startAdapterStack } from "./adapterHandlerHarness";

/** A backend whose adapter is the memory one with `options`, and what it told `onError`. */
function stackWith(options: AdapterStackOptions = {}) {
  const onError = vi.fn();
  const stack = startAdapterStack(createConformanceFixture(), {
    ...options,
    handlerOptions: { onError, ...options.handlerOptions },
  });
  return { ...stack, onError };
}

/** The served adapter, with its `method` throwing `error`. */
function throwing(method: keyof UserManagementAdapter, error: unknown): AdapterStackOptions["wrap"] {
  return (view) => ({
    ...view,
    [method]: async () => {
      throw error;
    },
  });
}

describe("createAdapterHandler: GET /capabilities", () => {
  const declares = { capabilities: { suspendUsers: false }, behaviours: { emailCase: "lower-case" as const } };

  it("declares off every capability whose method the adapter lacks, and those it turns off itself", async () => {
    const { handler } = stackWith({ declares, omit: ["changePassword"] });
    const response = await send(handler, "GET", "/capabilities", { viewer: "admin-1" });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      capabilities: {
        suspendUsers: false,
        changePassword: false,
        replaceInvitation: true,
        acceptInvitation: true,
        externalUsers: true,
        editOtherProfiles: true,
        changeEmail: true,
      },
      behaviours: { emailCase: "lower-case", resendLink: "fresh" },
    });
  });

  it("lets the browser's REST adapter, which has every method, hide what the server-side adapter cannot do", async () => {
    const rest = stackWith({ declares, omit: ["changePassword"] }).as("admin-1");
    const declared = await rest.getCapabilities({});
    expect(getAdapterCapabilities(rest, declared)).toMatchObject({ suspendUsers: false, changePassword: false });
    expect(getAdapterCapabilities(rest, declared).externalUsers).toBe(true);
    expect(getAdapterBehaviours(declared)).toEqual({ emailCase: "lower-case", resendLink: "fresh" });
  });

  it("an adapter without getCapabilities has its methods' capabilities and the default behaviours", async () => {
    const { handler } = stackWith({ omit: ["getCapabilities", "listExternalUsers"] });
    const body = await (await send(handler, "GET", "/capabilities", { viewer: "admin-1" })).json();
    expect(body.capabilities).toMatchObject({ externalUsers: false, suspendUsers: true, changePassword: true });
    expect(body.behaviours).toEqual({ emailCase: "as-typed", resendLink: "fresh" });
  });

  it("a declaration that does not follow the contract is reported to onError and answered 500", async () => {
    const { handler, onError } = stackWith({
      wrap: (view) => ({ ...view, getCapabilities: async () => ({ behaviours: { emailCase: "UPPER" } }) as never }),
    });
    const response = await send(handler, "GET", "/capabilities", { viewer: "admin-1" });
    expect(response.status).toBe(500);
    expect(String(onError.mock.calls[0]?.[0])).toMatch(/getCapabilities .*behaviours\.emailCase/);
  });
});

describe("createAdapterHandler: a method the adapter lacks", () => {
  it("answers 501 not_implemented, naming the method", async () => {
    const { handler, onError } = stackWith({ omit: ["changePassword"] });
    const body = JSON.stringify({ newPassword: "a new passphrase", actorPassword: "admin password" });
    const response = await send(handler, "POST", "/users/user-1/password", { viewer: "admin-1", body });
    expect(response.status).toBe(501);
    expect(await response.json()).toEqual({
      error: {
        code: "not_implemented",
        message: "This server does not offer POST /users/{id}/password: its adapter has no changePassword method.",
      },
    });
    // Not a fault of the server: nothing to report.
    expect(onError).not.toHaveBeenCalled();
  });

  it("reaches the browser's REST adapter as a not_implemented error", async () => {
    const rest = stackWith({ omit: ["replaceInvitation"] }).as("admin-1");
    const call = rest.replaceInvitation({
      id: "invitation-pending",
      invitee: { email: "x@example.com" },
      roleId: "user",
    });
    expect((await failure(call)).code).toBe("not_implemented");
  });
});

describe("createAdapterHandler: errors", () => {
  it.each([
    ["R8: a viewer without the user-management permission", "GET", "/users", "user-1", undefined, 403, "forbidden"],
    ["R18: suspending oneself", "POST", "/users/admin-1/suspend", "admin-1", "{}", 403, "self_action"],
    ["R10: a suspended caller", "GET", "/session", "suspended-1", undefined, 403, "access_suspended"],
    ["R29: a missing user", "GET", "/users/nobody", "admin-1", undefined, 404, "not_found"],
    ["R25: a stale version", "PATCH", "/users/user-1", "admin-1", '{"version":0,"changes":{}}', 409, "conflict"],
    [
      "R15: an unknown link",
      "POST",
      "/invitations/accept",
      "user-1",
      '{"token":"x","firstName":"A","lastName":"B"}',
      404,
      "invitation_invalid",
    ],
  ])("%s answers the code's status (%s %s)", async (_, method, path, viewer, body, status, code) => {
    const response = await send(stackWith().handler, method, path, { viewer, body });
    expect(response.status).toBe(status);
    expect((await response.json()).error.code).toBe(code);
  });

  it("R24: the adapter's validation error keeps its fieldErrors", async () => {
    const body = JSON.stringify({ version: 1, changes: { email: "not an address" } });
    const response = await send(stackWith().handler, "PATCH", "/users/user-1", { viewer: "admin-1", body });
    expect(response.status).toBe(422);
    const { error } = await response.json();
    expect(error.code).toBe("validation");
    expect(Object.keys(error.fieldErrors)).toEqual(["email"]);
  });

  it("a request the adapter option refuses (no session) is answered with its code", async () => {
    const response = await send(stackWith().handler, "GET", "/session");
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: { code: "access_revoked", message: "You are not signed in." } });
  });

  it("a plain Error is 500 with a generic message, told to onError, and the handler keeps serving", async () => {
    const bug = new Error("connection string postgres://root:hunter2@db");
    const { handler, onError } = stackWith({ wrap: throwing("getSession", bug) });
    const response = await send(handler, "GET", "/session", { viewer: "admin-1" });
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({
      error: { code: "unavailable", message: "Something went wrong on the server. Try again in a moment." },
    });
    expect(onError).toHaveBeenCalledWith(bug);
    expect((await send(handler, "GET", "/users", { viewer: "admin-1" })).status).toBe(200);
  });

  it("R31: the adapter's own backend failing (network) is 503 unavailable, retryable, and reported", async () => {
    const down = new UserManagementError("network", "fetch failed: ECONNREFUSED 10.0.0.7:443");
    const { handler, onError } = stackWith({ wrap: throwing("listUsers", down) });
    const response = await send(handler, "GET", "/users", { viewer: "admin-1" });
    expect(response.status).toBe(503);
    const { error } = await response.json();
    expect(error.code).toBe("unavailable");
    expect(error.message).not.toContain("10.0.0.7");
    expect(onError).toHaveBeenCalledWith(down);
  });

  it("an adapter option that returns no adapter is a 500 told to onError", async () => {
    const onError = vi.fn();
    const handler = createAdapterHandler({ adapter: () => undefined as unknown as UserManagementAdapter, onError });
    const response = await handler(new Request("http://backend.test/session"));
    expect(response.status).toBe(500);
    expect(String(onError.mock.calls[0]?.[0])).toMatch(/must return a UserManagementAdapter/);
  });

  it("refuses at creation an adapter given where a function of the request is expected", () => {
    const adapter = startAdapterStack(createConformanceFixture()).memory;
    const options = { adapter } as unknown as AdapterHandlerOptions;
    expect(() => createAdapterHandler(options)).toThrow(/adapter must be a function of the request/);
  });
});

describe("createAdapterHandler: answers are the contract's, nothing more", () => {
  it("drops the fields of the backend's records that the contract does not name", async () => {
    const { handler } = stackWith({
      wrap: (view) => ({
        ...view,
        getUser: async (params) => {
          const { user } = await view.getUser(params);
          return { user: { ...user, passwordHash: "pbkdf2$…" }, sessionToken: "secret" } as never;
        },
      }),
    });
    const body = await (await send(handler, "GET", "/users/user-1", { viewer: "admin-1" })).json();
    expect(body.user.id).toBe("user-1");
    expect(JSON.stringify(body)).not.toMatch(/passwordHash|sessionToken|secret/);
  });

  it("an answer that does not follow the contract is 500, told to onError with where it differs", async () => {
    const { handler, onError } = stackWith({
      wrap: (view) => ({ ...view, listUsers: async () => ({ users: [{ id: "x" }], total: 1 }) as never }),
    });
    const response = await send(handler, "GET", "/users", { viewer: "admin-1" });
    expect(response.status).toBe(500);
    expect(JSON.stringify(await response.json())).not.toContain("users[0]");
    expect(String(onError.mock.calls[0]?.[0])).toMatch(/adapter's listUsers .*users\[0\]\.email is missing/);
  });

  it("R25: a conflict carries the current record, trimmed to the contract", async () => {
    const { handler } = stackWith({
      wrap: (view) => ({
        ...view,
        updateUser: async (params) => {
          const { user } = await view.getUser({ id: params.id });
          throw new UserManagementError("conflict", "Changed meanwhile.", { current: { ...user, passwordHash: "x" } });
        },
      }),
    });
    const body = JSON.stringify({ version: 1, changes: { firstName: "Ada" } });
    const response = await send(handler, "PATCH", "/users/user-1", { viewer: "admin-1", body });
    expect(response.status).toBe(409);
    const { error } = await response.json();
    expect(error.current).toMatchObject({ id: "user-1", version: 1 });
    expect(error.current).not.toHaveProperty("passwordHash");
  });

  it("R29: a refusal carries no record, even when the adapter attached one", async () => {
    const refusal = new UserManagementError("forbidden", "You cannot see this user.", { current: { id: "user-2" } });
    const { handler } = stackWith({ wrap: throwing("getUser", refusal) });
    const response = await send(handler, "GET", "/users/user-2", { viewer: "admin-1" });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: { code: "forbidden", message: "You cannot see this user." } });
  });

  it("R29: through the REST adapter, a missing user and a forbidden one get the same refusal", async () => {
    const user = stackWith().as("user-1");
    const forbidden = await failure(user.getUser({ id: "user-2" }));
    const missing = await failure(user.getUser({ id: "nobody" }));
    expect([forbidden.code, forbidden.message]).toEqual([missing.code, missing.message]);
    expect(forbidden.code).toBe("forbidden");
    expect(forbidden.current).toBeUndefined();
  });
});
