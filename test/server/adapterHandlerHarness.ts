import type { UserManagementAdapter, UserManagementDataset } from "../../src/adapter";
import { createMemoryAdapter, type MemoryAdapter, type MemoryAdapterOptions } from "../../src/adapters/memory";
import { createRestAdapter } from "../../src/adapters/rest";
import { type Clock, createManualClock, UserManagementError } from "../../src/core";
import { OPERATIONS, type OperationId } from "../../src/http/operations";
import { type AdapterHandlerOptions, createAdapterHandler } from "../../src/server";
import { type AdapterHarnessFactory, CONFORMANCE_CLOCK_START } from "../../src/testing";
import { BASE_PATH, inProcessFetch, VIEWER_HEADER } from "./fullStackHarness";

/*
 * createRestAdapter → createAdapterHandler → the memory adapter, as a host app would wire an adapter
 * that only runs on the server. The memory adapter has one current viewer; the host's `adapter`
 * option stands in for "bind to this request's session" by giving each request a view of the memory
 * adapter whose every call first switches to the viewer the request's header names. The switch and
 * the call happen in one synchronous step (the memory adapter reads its viewer as a call starts), so
 * requests in flight together still act each as its own viewer.
 */

/** The memory adapter as `viewerId` sees it, without the methods of `omit` (a backend lacking them). */
export function actingAs(
  memory: MemoryAdapter,
  viewerId: string,
  omit: readonly OperationId[] = [],
): UserManagementAdapter {
  const view: Partial<Record<OperationId, (params: never) => Promise<unknown>>> = {};
  for (const name of Object.keys(OPERATIONS) as OperationId[]) {
    if (omit.includes(name)) continue;
    const method = memory[name] as (params: never) => Promise<unknown>;
    view[name] = (params) => {
      memory.setViewer(viewerId);
      return method.call(memory, params);
    };
  }
  return view as UserManagementAdapter;
}

/** How a test's backend differs from the default: what the memory adapter declares or lacks, handler options. */
export interface AdapterStackOptions {
  clock?: Clock;
  declares?: MemoryAdapterOptions["declares"];
  /** Methods the served adapter lacks. */
  omit?: readonly OperationId[];
  /** Replaces the per-request adapter (e.g. one whose methods throw or hang); gets the memory view. */
  wrap?(adapter: UserManagementAdapter, request: Request): UserManagementAdapter;
  handlerOptions?: Partial<AdapterHandlerOptions>;
}

/** A memory backend served by `createAdapterHandler`, and the REST adapter as each viewer sees it. */
export interface AdapterStack {
  memory: MemoryAdapter;
  handler: (request: Request) => Promise<Response>;
  baseUrl: string;
  /** The REST adapter as `viewerId` sees it, through `fetch` (in-process by default). */
  as(viewerId: string, fetchImpl?: typeof fetch): ReturnType<typeof createRestAdapter>;
}

export function startAdapterStack(dataset: UserManagementDataset, options: AdapterStackOptions = {}): AdapterStack {
  const memory = createMemoryAdapter({
    dataset,
    // The fixture's dates are relative to this instant, not to today.
    clock: options.clock ?? createManualClock(CONFORMANCE_CLOCK_START),
    declares: options.declares,
  });
  const handler = createAdapterHandler({
    basePath: BASE_PATH,
    adapter: (request) => {
      const viewerId = request.headers.get(VIEWER_HEADER);
      if (viewerId === null) throw new UserManagementError("access_revoked", "You are not signed in.");
      const view = actingAs(memory, viewerId, options.omit);
      return options.wrap ? options.wrap(view, request) : view;
    },
    ...options.handlerOptions,
  });
  const baseUrl = `http://backend.test${BASE_PATH}`;
  return {
    memory,
    handler,
    baseUrl,
    as: (viewerId, fetchImpl = inProcessFetch(handler)) =>
      createRestAdapter({ baseUrl, fetch: fetchImpl, headers: { [VIEWER_HEADER]: viewerId } }),
  };
}

/** The conformance harness: REST adapter → adapter handler → memory adapter, all in-process. */
export const adapterHandlerHarnessFactory: AdapterHarnessFactory = async (fixture, clock) => {
  const stack = startAdapterStack(fixture, { clock });
  return {
    as: (viewerId) => stack.as(viewerId),
    invitationToken: async (invitationId) => stack.memory.invitationToken(invitationId),
  };
};

/** What a raw request to the handler carries beyond its method and path. */
export interface RawRequest {
  viewer?: string;
  /** Sent as JSON unless `headers` set another content type. */
  body?: string;
  headers?: Record<string, string>;
}

/** A raw request to a handler mounted at BASE_PATH, as `viewer` (or with no session). */
export function send(
  handler: (request: Request) => Promise<Response>,
  method: string,
  path: string,
  { viewer, body, headers = {} }: RawRequest = {},
): Promise<Response> {
  const sent = new Headers(headers);
  if (viewer !== undefined) sent.set(VIEWER_HEADER, viewer);
  if (body !== undefined && !sent.has("content-type")) sent.set("content-type", "application/json");
  return handler(new Request(`http://backend.test${BASE_PATH}${path}`, { method, headers: sent, body }));
}
