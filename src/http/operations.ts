import type * as v from "valibot";
import type { UserManagementAdapter } from "../adapter/contract";
import {
  capabilitiesResultSchema,
  externalUserResultSchema,
  invitationResultSchema,
  inviteUsersResultSchema,
  listExternalUsersResultSchema,
  listInvitationsResultSchema,
  listUsersResultSchema,
  roleModelResultSchema,
  sessionResultSchema,
  userResultSchema,
} from "./schemas";

/** One operation of the HTTP contract: one adapter method, one route. */
export interface Operation {
  method: "GET" | "POST" | "PATCH" | "DELETE";
  /** Relative to the base URL, with `{id}` for the record's id. */
  path: string;
  /**
   * `true` when the operation takes a JSON request body. Its schema is `REQUEST_BODIES[operationId]`
   * (requestBodies.ts), read by the server and the OpenAPI document only: the REST adapter validates
   * answers, not what it sends, so the client bundle does not carry the request schemas.
   */
  body?: true;
  /** `null`: 204 No Content. */
  response: v.GenericSchema | null;
  /** `true` when the caller needs no session (the invitation token is the credential). */
  anonymous?: boolean;
}

/**
 * The HTTP contract: every method of `UserManagementAdapter`, with its route. The REST adapter calls
 * these routes, the server serves them, and the OpenAPI document describes them; all three read this
 * table, so they cannot disagree on a method or a path. A new operation starts here; the compiler then
 * asks for its documentation in `OPERATION_DOCS` (operationDocs.ts) and, when it is marked `body: true`,
 * its request schema in `REQUEST_BODIES` (requestBodies.ts). Those two live apart because only the
 * server and the OpenAPI document read them: the REST adapter imports this table alone, so a browser
 * app does not ship them.
 */
export const OPERATIONS = {
  getCapabilities: {
    method: "GET",
    path: "/capabilities",
    response: capabilitiesResultSchema,
  },
  getSession: {
    method: "GET",
    path: "/session",
    response: sessionResultSchema,
  },
  getRoleModel: {
    method: "GET",
    path: "/role-model",
    response: roleModelResultSchema,
  },
  listUsers: {
    method: "GET",
    path: "/users",
    response: listUsersResultSchema,
  },
  getUser: {
    method: "GET",
    path: "/users/{id}",
    response: userResultSchema,
  },
  updateUser: {
    method: "PATCH",
    path: "/users/{id}",
    body: true,
    response: userResultSchema,
  },
  deleteUser: {
    method: "DELETE",
    path: "/users/{id}",
    response: null,
  },
  suspendUser: {
    method: "POST",
    path: "/users/{id}/suspend",
    body: true,
    response: userResultSchema,
  },
  reactivateUser: {
    method: "POST",
    path: "/users/{id}/reactivate",
    body: true,
    response: userResultSchema,
  },
  changePassword: {
    method: "POST",
    path: "/users/{id}/password",
    body: true,
    response: null,
  },
  listInvitations: {
    method: "GET",
    path: "/invitations",
    response: listInvitationsResultSchema,
  },
  inviteUsers: {
    method: "POST",
    path: "/invitations",
    body: true,
    response: inviteUsersResultSchema,
  },
  resendInvitation: {
    method: "POST",
    path: "/invitations/{id}/resend",
    response: invitationResultSchema,
  },
  cancelInvitation: {
    method: "DELETE",
    path: "/invitations/{id}",
    response: null,
  },
  replaceInvitation: {
    method: "POST",
    path: "/invitations/{id}/replace",
    body: true,
    response: invitationResultSchema,
  },
  acceptInvitation: {
    method: "POST",
    path: "/invitations/accept",
    body: true,
    response: userResultSchema,
    anonymous: true,
  },
  listExternalUsers: {
    method: "GET",
    path: "/external-users",
    response: listExternalUsersResultSchema,
  },
  updateExternalUser: {
    method: "PATCH",
    path: "/external-users/{id}",
    body: true,
    response: externalUserResultSchema,
  },
  removeExternalUser: {
    method: "DELETE",
    path: "/external-users/{id}",
    response: null,
  },
} as const satisfies Record<keyof UserManagementAdapter, Operation>;

/** The name of an operation: the adapter method it carries. */
export type OperationId = keyof typeof OPERATIONS;

/** Fills `{id}` in an operation's path. */
export function operationPath(operation: Operation, id?: string): string {
  return id === undefined ? operation.path : operation.path.replace("{id}", encodeURIComponent(id));
}

/** What an operation resolves to: its response schema's output, or `undefined` for 204 operations. */
export type ResultOf<K extends OperationId> =
  (typeof OPERATIONS)[K]["response"] extends v.GenericSchema<unknown, infer Result> ? Result : undefined;
