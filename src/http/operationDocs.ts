import type { ServerErrorCode } from "./errorStatus";
import type { OperationId } from "./operations";

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

/** What the OpenAPI document says of one operation, beyond its route and schemas. */
export interface OperationDoc {
  summary: string;
  /** Rule IDs of docs/rules.md the operation enforces, for the document. */
  rules: string;
  query?: readonly QueryParameter[];
  /** What else the document says of the operation, after its rules. */
  notes?: string;
  /** Error codes this operation may answer with, besides those every operation may. */
  errors: readonly ServerErrorCode[];
}

const PAGING: readonly QueryParameter[] = [
  { name: "page", type: "integer", description: "1-based page number. Defaults to 1." },
  { name: "pageSize", type: "integer", description: "Items per page, 1 to 200. Defaults to 50." },
];

/** Error codes any operation with a session may answer with. */
export const COMMON_ERRORS: readonly ServerErrorCode[] = ["access_revoked", "access_suspended", "unavailable"];

/**
 * The documentation of every operation of `OPERATIONS` (operations.ts), keyed by its id: read by the
 * OpenAPI document only. Kept out of the operation table so that the REST adapter, which imports that
 * table, does not carry these texts into browser bundles; the compiler asks for one entry per operation.
 */
export const OPERATION_DOCS = {
  getCapabilities: {
    summary:
      "What the backend declares: capabilities it lacks (false) and its product choices (how emails are stored, whether resending issues a new link).",
    rules: "R2, R13, R16",
    errors: [],
  },
  getSession: {
    summary: "The caller and the account: plan, seat limit and seats used.",
    rules: "R1, R10, R23",
    errors: [],
  },
  getRoleModel: {
    summary: "The roles and the permission catalog in use.",
    rules: "R5–R7",
    errors: [],
  },
  listUsers: {
    summary: "One page of users, searched, filtered and sorted by the server.",
    rules: "R1, R8",
    notes:
      "`total` counts the matching users across pages. When `totalIsLowerBound` is true it is a lower bound: the server counts a long list only up to a limit (10,000 by default), and at least `total` users match.",
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
      {
        name: "after",
        type: "string",
        description:
          "Keyset paging: the nextCursor of page `page - 1` of the same list (same search, filters and sort); reads the rows after it without an offset. An unreadable cursor is a validation error.",
      },
      {
        name: "before",
        type: "string",
        description: "As after, backwards: the prevCursor of page `page + 1`. Never together with after.",
      },
    ],
    errors: ["forbidden", "validation"],
  },
  getUser: {
    summary: "One user: yourself, or anyone when you manage users.",
    rules: "R8",
    errors: ["forbidden", "not_found"],
  },
  updateUser: {
    summary: "Changes a user's profile, role or grants, based on the version the change was made from.",
    rules: "R2, R5, R16, R19, R25",
    errors: ["forbidden", "not_found", "conflict", "validation", "last_owner"],
  },
  deleteUser: {
    summary: "Deletes a user at once; they are logged out.",
    rules: "R18, R19, R20",
    errors: ["forbidden", "not_found", "self_action", "last_owner"],
  },
  suspendUser: {
    summary: "Suspends an active user; they are logged out.",
    rules: "R10, R18, R19, R20, R25",
    errors: ["forbidden", "not_found", "conflict", "self_action", "last_owner"],
  },
  reactivateUser: {
    summary: "Gives a suspended user their access back.",
    rules: "R10, R25",
    errors: ["forbidden", "not_found", "conflict"],
  },
  changePassword: {
    summary: "Sets a user's password; the caller confirms with their own password.",
    rules: "R16, R17",
    errors: ["forbidden", "not_found", "validation", "reauthentication_failed"],
  },
  listInvitations: {
    summary: "Pending and expired invitations, newest first.",
    rules: "R12",
    query: PAGING,
    errors: ["forbidden", "validation"],
  },
  inviteUsers: {
    summary: "Invites several people with one role; each address gets its own result.",
    rules: "R1, R2, R11, R12, R23",
    errors: ["forbidden", "validation", "plan_required"],
  },
  resendInvitation: {
    summary: "Sends a fresh link and restarts the validity period; the old link stops working.",
    rules: "R13, R23",
    errors: ["forbidden", "not_found", "plan_required"],
  },
  cancelInvitation: {
    summary: "Cancels an invitation; its link stops working at once.",
    rules: "R13",
    errors: ["forbidden", "not_found"],
  },
  replaceInvitation: {
    summary: "Cancels an invitation and sends a new one, in one step.",
    rules: "R14, R23",
    errors: ["forbidden", "not_found", "validation", "plan_required"],
  },
  acceptInvitation: {
    summary: "The invitee completes their profile from the link; needs no session.",
    rules: "R6, R15",
    errors: ["invitation_invalid", "invitation_expired", "validation", "conflict"],
  },
  listExternalUsers: {
    summary: "People from other accounts who reach this one, with their home account.",
    rules: "R21",
    query: PAGING,
    errors: ["forbidden", "validation"],
  },
  updateExternalUser: {
    summary: "Changes an external user's role here; their home account is untouched.",
    rules: "R22, R25",
    errors: ["forbidden", "not_found", "conflict", "validation"],
  },
  removeExternalUser: {
    summary: "Removes an external user's access to this account; they are logged out of it.",
    rules: "R20, R22",
    errors: ["forbidden", "not_found", "self_action"],
  },
} as const satisfies Record<OperationId, OperationDoc>;
