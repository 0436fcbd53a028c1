import type { ListPageParams, UserManagementAdapter } from "../../adapter/contract";
import { type HeadersOption, RestClient } from "./restClient";

/** Options of `createRestAdapter`. */
export interface RestAdapterOptions {
  /**
   * Where the handler is mounted, e.g. `https://app.example.com/api/user-management` or, in a browser,
   * `/api/user-management`. Operation paths (`/users`, `/invitations`…) are appended to it.
   */
  baseUrl: string;
  /** The fetch to use; defaults to the global one. Pass your own to add retries, auth or tracing. */
  fetch?: typeof fetch;
  /** Headers sent with every request, e.g. `{ authorization: "Bearer …" }`, or a function giving them. */
  headers?: HeadersOption;
  /**
   * How long, in milliseconds, a call waits for the server's whole answer (from sending the request
   * to the end of its body) before it fails with a `timeout` error, which says to try again.
   * Defaults to 30 000 (30 seconds); `0` or `Infinity` waits for ever. The call's own `signal` still
   * works alongside it: aborting it rejects with the signal's reason, as without a timeout.
   *
   * @defaultValue 30_000
   * @example
   * ```ts
   * // A slow backend: allow a minute before telling the person to try again.
   * createRestAdapter({ baseUrl: "/api/user-management", timeoutMs: 60_000 });
   * ```
   */
  timeoutMs?: number;
}

function pagingQuery(params: ListPageParams): URLSearchParams {
  const query = new URLSearchParams();
  if (params.page !== undefined) query.set("page", String(params.page));
  if (params.pageSize !== undefined) query.set("pageSize", String(params.pageSize));
  return query;
}

/**
 * The adapter for a backend that speaks the HTTP contract (react-user-management/openapi.json), such as
 * `createUserManagementHandler` from `react-user-management/server`. Every call forwards its
 * `AbortSignal` to fetch and has a deadline (`timeoutMs`); every failure is a `UserManagementError`
 * (`network` when the server cannot be reached, `timeout` when it does not answer in time,
 * `unavailable` for 5xx, the server's own code otherwise); every response is validated, 2xx ones
 * included (an operation without a result expects an empty answer, not a login page or an error
 * body), and one that does not follow the contract fails with `malformed_response` and a message
 * saying which operation, which field and what was expected. Ids are checked before any request
 * (`validation` for an empty, `.`/`..`, over-long or control-character id) and sent percent-encoded
 * as one path segment.
 *
 * @throws RangeError when `timeoutMs` is negative or not a number.
 */
export function createRestAdapter(options: RestAdapterOptions): Required<UserManagementAdapter> {
  const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const client = new RestClient(options.baseUrl, fetchImpl, options.headers, options.timeoutMs);

  return {
    async getCapabilities({ signal }) {
      return client.call("getCapabilities", { signal });
    },
    async getSession({ signal }) {
      return client.call("getSession", { signal });
    },
    async getRoleModel({ signal }) {
      return client.call("getRoleModel", { signal });
    },

    async listUsers(params) {
      const query = new URLSearchParams({ page: String(params.page), pageSize: String(params.pageSize) });
      if (params.search?.trim()) query.set("search", params.search);
      if (params.sort) {
        query.set("sort", params.sort.field);
        query.set("direction", params.sort.direction);
      }
      for (const roleId of params.roleIds ?? []) query.append("roleId", roleId);
      for (const status of params.statuses ?? []) query.append("status", status);
      if (params.after !== undefined) query.set("after", params.after);
      if (params.before !== undefined) query.set("before", params.before);
      return client.call("listUsers", { query, signal: params.signal });
    },
    async getUser({ id, signal }) {
      return client.call("getUser", { id, signal });
    },
    async updateUser({ id, version, changes, signal }) {
      return client.call("updateUser", { id, body: { version, changes }, signal });
    },
    async deleteUser({ id, signal }) {
      await client.call("deleteUser", { id, signal });
    },
    async suspendUser({ id, version, signal }) {
      return client.call("suspendUser", { id, body: { version }, signal });
    },
    async reactivateUser({ id, version, signal }) {
      return client.call("reactivateUser", { id, body: { version }, signal });
    },
    async changePassword({ id, newPassword, actorPassword, signal }) {
      await client.call("changePassword", { id, body: { newPassword, actorPassword }, signal });
    },

    async listInvitations(params) {
      const query = pagingQuery(params);
      return client.call("listInvitations", { query, signal: params.signal });
    },
    async inviteUsers({ invitees, roleId, permissions, signal }) {
      const body = { invitees, roleId, permissions };
      return client.call("inviteUsers", { body, signal });
    },
    async resendInvitation({ id, signal }) {
      return client.call("resendInvitation", { id, signal });
    },
    async cancelInvitation({ id, signal }) {
      await client.call("cancelInvitation", { id, signal });
    },
    async replaceInvitation({ id, invitee, roleId, permissions, signal }) {
      const body = { invitee, roleId, permissions };
      return client.call("replaceInvitation", { id, body, signal });
    },
    async acceptInvitation({ token, firstName, lastName, signal }) {
      return client.call("acceptInvitation", { body: { token, firstName, lastName }, signal });
    },

    async listExternalUsers(params) {
      const query = pagingQuery(params);
      return client.call("listExternalUsers", { query, signal: params.signal });
    },
    async updateExternalUser({ id, version, roleId, permissions, signal }) {
      const body = { version, roleId, permissions };
      return client.call("updateExternalUser", { id, body, signal });
    },
    async removeExternalUser({ id, signal }) {
      await client.call("removeExternalUser", { id, signal });
    },
  };
}
