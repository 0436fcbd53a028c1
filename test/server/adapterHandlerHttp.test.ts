import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { getAdapterCapabilities, type UserManagementAdapter } from "../../src/adapter";
import { isUserManagementError } from "../../src/core";
import { createConformanceFixture } from "../../src/testing";
import { failure } from "../adapters/rest/restTestSupport";
import { type AdapterStack, type AdapterStackOptions, startAdapterStack } from "./adapterHandlerHarness";
import { BASE_PATH } from "./fullStackHarness";

/** A listUsers that waits until its signal aborts, and says when it started and what signal it got. */
function hangingListUsers() {
  let started: () => void = () => {};
  const hasStarted = new Promise<void>((resolve) => {
    started = resolve;
  });
  const signals: AbortSignal[] = [];
  const wrap = (view: UserManagementAdapter): UserManagementAdapter => ({
    ...view,
    listUsers: ({ signal }) => {
      if (signal) signals.push(signal);
      started();
      return new Promise((_, reject) => signal?.addEventListener("abort", () => reject(signal.reason), { once: true }));
    },
  });
  return { wrap, hasStarted, signals };
}

/** A backend with `options`, and what it told `onError`. */
function stackWith(options: AdapterStackOptions) {
  const onError = vi.fn();
  return { ...startAdapterStack(createConformanceFixture(), { ...options, handlerOptions: { onError } }), onError };
}

/** Cancels a listUsers call of `stack` once the adapter runs it; resolves to what it rejected with. */
async function cancelListUsers(
  stack: AdapterStack,
  hanging: ReturnType<typeof hangingListUsers>,
  fetchImpl?: typeof fetch,
) {
  const controller = new AbortController();
  const call = stack.as("admin-1", fetchImpl).listUsers({ page: 1, pageSize: 10, signal: controller.signal });
  await hanging.hasStarted;
  controller.abort();
  return call.catch((error: unknown) => error);
}

describe("createAdapterHandler: the request's signal", () => {
  it("is forwarded: aborting the browser's call aborts the adapter's, and no fault is reported", async () => {
    const hanging = hangingListUsers();
    const stack = stackWith({ wrap: hanging.wrap });
    const rejected = await cancelListUsers(stack, hanging);
    expect((rejected as Error).name).toBe("AbortError");
    await vi.waitFor(() => expect(hanging.signals[0]?.aborted).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(stack.onError).not.toHaveBeenCalled();
  });
});

describe("createAdapterHandler over a real HTTP listener (node:http, loopback)", () => {
  let server: ReturnType<typeof serve> | undefined;
  afterEach(async () => {
    // A cancelled request leaves its keep-alive socket open: close it rather than wait for its timeout.
    if (server && "closeAllConnections" in server) server.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
    server = undefined;
  });

  /** Serves `stack` on a loopback port; its fetch is the real one. */
  async function listen(stack: AdapterStack): Promise<typeof fetch> {
    server = serve({ fetch: stack.handler, hostname: "127.0.0.1", port: 0 });
    await new Promise<void>((resolve) => server?.once("listening", () => resolve()));
    const { port } = server.address() as AddressInfo;
    const origin = `http://127.0.0.1:${port}`;
    // The stack's REST adapters address backend.test: send them to the listener instead.
    return (input, init) => fetch(new Request(input, init).url.replace("http://backend.test", origin), init);
  }

  it("serves the REST adapter: reads, writes, refusals, capabilities and a missing method", async () => {
    const stack = stackWith({ omit: ["changePassword"], declares: { capabilities: { externalUsers: false } } });
    const overHttp = await listen(stack);
    const admin = stack.as("admin-1", overHttp);

    expect((await admin.getSession({})).viewer.id).toBe("admin-1");
    const { users, total } = await admin.listUsers({
      page: 1,
      pageSize: 2,
      sort: { field: "email", direction: "asc" },
    });
    expect([users.map((user) => user.id), total]).toEqual([["admin-1", "admin-2"], 6]);
    const { user } = await admin.updateUser({ id: "user-1", version: 1, changes: { lastName: "Cortez" } });
    expect(user).toMatchObject({ lastName: "Cortez", version: 2 });

    const refused = await failure(stack.as("user-1", overHttp).listUsers({ page: 1, pageSize: 10 }));
    expect(refused.code).toBe("forbidden");
    const capabilities = getAdapterCapabilities(admin, await admin.getCapabilities({}));
    expect(capabilities).toMatchObject({ changePassword: false, externalUsers: false, suspendUsers: true });
    const missing = admin.changePassword({ id: "user-1", newPassword: "a new passphrase", actorPassword: "pw" });
    expect(isUserManagementError(await missing.catch((error: unknown) => error), "not_implemented")).toBe(true);
    expect(stack.onError).not.toHaveBeenCalled();
  });

  it("forwards a client's disconnect to the adapter's signal", async () => {
    const hanging = hangingListUsers();
    const stack = stackWith({ wrap: hanging.wrap });
    const rejected = await cancelListUsers(stack, hanging, await listen(stack));
    expect((rejected as Error).name).toBe("AbortError");
    await vi.waitFor(() => expect(hanging.signals[0]?.aborted).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(stack.onError).not.toHaveBeenCalled();
  });

  it("a 413 over the wire, counted while reading, and the server keeps serving", async () => {
    const stack = startAdapterStack(createConformanceFixture(), { handlerOptions: { maxBodyBytes: 1024 } });
    const overHttp = await listen(stack);
    const url = `http://backend.test${BASE_PATH}/invitations`;
    const body = JSON.stringify({ invitees: [{ email: "a".repeat(4096) }], roleId: "user" });
    const headers = { "content-type": "application/json", "x-test-viewer": "admin-1" };
    expect((await overHttp(url, { method: "POST", headers, body })).status).toBe(413);
    expect((await stack.as("admin-1", overHttp).getSession({})).viewer.id).toBe("admin-1");
  });
});
