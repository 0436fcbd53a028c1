import type * as v from "valibot";
import type { UserManagementAdapter } from "../adapter/contract";
import type { ServerErrorCode } from "./errorStatus";
import {
  acceptInvitationBodySchema,
  changePasswordBodySchema,
  externalUserResultSchema,
  invitationResultSchema,
  inviteUsersBodySchema,
  inviteUsersResultSchema,
  listExternalUsersResultSchema,
  listInvitationsResultSchema,
  listUsersResultSchema,
  replaceInvitationBodySchema,
  roleModelResultSchema,
  sessionResultSchema,
  updateExternalUserBodySchema,
  updateUserBodySchema,
  userResultSchema,
  userStatusBodySchema,
} from "./schemas";

/** A query parameter of an operation, for the OpenAPI document. */
export interface QueryParameter {
  name: string;
  description: string;
  type: "integer" | "string";
  /** Allowed values of a string parameter. */
  values?: readonly string[];
  /** Repeated (`?roleId=a&roleId=b`) rather than single. */
  repeated?: boolean;
}

/** One operation of the HTTP contract: one adapter method, one route. */
export interface Operation {
  method: "GET" | "POST" | "PATCH" | "DELETE";
  /** Relative to the base URL, with `{id}` for the record's id. */
  path: string;
  summary: string;
  /** Rule IDs of DOMAIN.md the operation enforces, for the document. */
  rules: string;
  query?: readonly QueryParameter[];
  body?: v.GenericSchema;
  /** `null`: 204 No Content. */
  response: v.GenericSchema | null;
  /** Error codes this operation may answer with, besides those every operation may. */
  errors: readonly ServerErrorCode[];
  /** `true` when the caller needs no session (the invitation token is the credential). */
  anonymous?: boolean;
}

const PAGING: readonly QueryParameter[] = [
  { name: "page", type: "integer", description: "1-based page number. Defaults to 1." },
  { name: "pageSize", type: "integer", description: "Items per page, 1 to 200. Defaults to 50." },
];

/** Error codes any operation with a session may answer with. */
export const COMMON_ERRORS: readonly ServerErrorCode[] = ["access_revoked", "access_suspended", "unavailable"];

/**
 * The HTTP contract: every method of `UserManagementAdapter`, with its route. The REST adapter calls
 * these routes, the server serves them, and the OpenAPI document describes them; all three read this
 * table, so they cannot disagree on a method or a path.
 */
export const OPERATIONS = {
  getSession: {
    method: "GET",
    path: "/session",
    summary: "The caller and the account: plan, seat limit and seats used.",
    rules: "R1, R10, R23",
    response: sessionResultSchema,
    errors: [],
  },
  getRoleModel: {
    method: "GET",
    path: "/role-model",
    summary: "The roles and the permission catalog in use.",
    rules: "R5–R7",
    response: roleModelResultSchema,
    errors: [],
  },
  listUsers: {
    method: "GET",
    path: "/users",
    summary: "One page of users, searched, filtered and sorted by the server.",
    rules: "R1, R8",
    query: [
      { name: "page", type: "integer", description: "1-based page number." },
      { name: "pageSize", type: "integer", description: "Users per page, 1 to 200." },
      { name: "search", type: "string", description: "Matches names and email, case-insensitively, anywhere." },
      {
        name: "sort",
        type: "string",
        values: ["name", "email", "lastLoginAt", "role", "status", "createdAt"],
        description: "Column to sort by. Defaults to name.",
      },
      { name: "direction", type: "string", values: ["asc", "desc"], description: "Defaults to asc." },
      { name: "roleId", type: "string", repeated: true, description: "Only users with one of these roles." },
      {
        name: "status",
        type: "string",
        values: ["active", "suspended", "revoked"],
        repeated: true,
        description: "Only users with one of these statuses.",
      },
    ],
    response: listUsersResultSchema,
    errors: ["forbidden", "validation"],
  },
  getUser: {
    method: "GET",
    path: "/users/{id}",
    summary: "One user: yourself, or anyone when you manage users.",
    rules: "R8",
    response: userResultSchema,
    errors: ["forbidden", "not_found"],
  },
  updateUser: {
    method: "PATCH",
    path: "/users/{id}",
    summary: "Changes a user's profile, role or grants, based on the version the change was made from.",
    rules: "R2, R5, R16, R19, R25",
    body: updateUserBodySchema,
    response: userResultSchema,
    errors: ["forbidden", "not_found", "conflict", "validation", "last_owner"],
  },
  deleteUser: {
    method: "DELETE",
    path: "/users/{id}",
    summary: "Deletes a user at once; they are logged out.",
    rules: "R18, R19, R20",
    response: null,
    errors: ["forbidden", "not_found", "self_action", "last_owner"],
  },
  suspendUser: {
    method: "POST",
    path: "/users/{id}/suspend",
    summary: "Suspends an active user; they are logged out.",
    rules: "R10, R18, R19, R20, R25",
    body: userStatusBodySchema,
    response: userResultSchema,
    errors: ["forbidden", "not_found", "conflict", "self_action", "last_owner"],
  },
  reactivateUser: {
    method: "POST",
    path: "/users/{id}/reactivate",
    summary: "Gives a suspended user their access back.",
    rules: "R10, R25",
    body: userStatusBodySchema,
    response: userResultSchema,
    errors: ["forbidden", "not_found", "conflict"],
  },
  changePassword: {
    method: "POST",
    path: "/users/{id}/password",
    summary: "Sets a user's password; the caller confirms with their own password.",
    rules: "R16, R17",
    body: changePasswordBodySchema,
    response: null,
    errors: ["forbidden", "not_found", "validation", "reauthentication_failed"],
  },
  listInvitations: {
    method: "GET",
    path: "/invitations",
    summary: "Pending and expired invitations, newest first.",
    rules: "R12",
    query: PAGING,
    response: listInvitationsResultSchema,
    errors: ["forbidden", "validation"],
  },
  inviteUsers: {
    method: "POST",
    path: "/invitations",
    summary: "Invites several people with one role; each address gets its own result.",
    rules: "R1, R2, R11, R12, R23",
    body: inviteUsersBodySchema,
    response: inviteUsersResultSchema,
    errors: ["forbidden", "validation", "plan_required"],
  },
  resendInvitation: {
    method: "POST",
    path: "/invitations/{id}/resend",
    summary: "Sends a fresh link and restarts the validity period; the old link stops working.",
    rules: "R13, R23",
    response: invitationResultSchema,
    errors: ["forbidden", "not_found", "plan_required"],
  },
  cancelInvitation: {
    method: "DELETE",
    path: "/invitations/{id}",
    summary: "Cancels an invitation; its link stops working at once.",
    rules: "R13",
    response: null,
    errors: ["forbidden", "not_found"],
  },
  replaceInvitation: {
    method: "POST",
    path: "/invitations/{id}/replace",
    summary: "Cancels an invitation and sends a new one, in one step.",
    rules: "R14, R23",
    body: replaceInvitationBodySchema,
    response: invitationResultSchema,
    errors: ["forbidden", "not_found", "validation", "plan_required"],
  },
  acceptInvitation: {
    method: "POST",
    path: "/invitations/accept",
    summary: "The invitee completes their profile from the link; needs no session.",
    rules: "R6, R15",
    body: acceptInvitationBodySchema,
    response: userResultSchema,
    errors: ["invitation_invalid", "invitation_expired", "validation", "conflict"],
    anonymous: true,
  },
  listExternalUsers: {
    method: "GET",
    path: "/external-users",
    summary: "People from other accounts who reach this one, with their home account.",
    rules: "R21",
    query: PAGING,
    response: listExternalUsersResultSchema,
    errors: ["forbidden", "validation"],
  },
  updateExternalUser: {
    method: "PATCH",
    path: "/external-users/{id}",
    summary: "Changes an external user's role here; their home account is untouched.",
    rules: "R22, R25",
    body: updateExternalUserBodySchema,
    response: externalUserResultSchema,
    errors: ["forbidden", "not_found", "conflict", "validation"],
  },
  removeExternalUser: {
    method: "DELETE",
    path: "/external-users/{id}",
    summary: "Removes an external user's access to this account; they are logged out of it.",
    rules: "R20, R22",
    response: null,
    errors: ["forbidden", "not_found", "self_action"],
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

/** The validated request body of an operation, or `undefined` for operations without one. */
export type BodyOf<K extends OperationId> = (typeof OPERATIONS)[K] extends { body: infer Schema }
  ? Schema extends v.GenericSchema
    ? v.InferOutput<Schema>
    : undefined
  : undefined;
