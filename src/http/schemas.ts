import * as v from "valibot";
import type {
  ExternalUserResult,
  InvitationResult,
  InviteUsersResult,
  ListExternalUsersResult,
  ListInvitationsResult,
  ListUsersResult,
  RoleModelResult,
  SessionResult,
  UserResult,
} from "../adapter/contract";
import type { UserManagementErrorCode } from "../core/errors";
import { MAX_INVITEES, validateInviteeCount } from "../core/invitePlanning";
import {
  MAX_EMAIL_LENGTH,
  MAX_GRANTS,
  MAX_ID_LENGTH,
  MAX_NAME_LENGTH,
  MAX_PASSWORD_LENGTH,
  textProblem,
} from "../core/limits";
import type { Account, ExternalUser, Invitation, Plan, RoleDefinition, User, Viewer } from "../core/types";

/*
 * The wire format of the HTTP contract, as Valibot schemas: the REST adapter validates responses with
 * them, the server validates request bodies with them, and the OpenAPI document is generated from
 * them. Each is annotated with the contract type it carries, so the two cannot drift apart.
 * Objects are not strict: a backend may send more fields than the contract names.
 */

const isoDateTime = v.pipe(v.string(), v.isoTimestamp("an ISO 8601 date-time such as 2026-01-15T09:00:00.000Z"));
const strings = v.array(v.string());
const userStatus = v.picklist(["active", "suspended", "revoked"]);
const wholeNumber = v.pipe(v.number(), v.integer());

export const planSchema: v.GenericSchema<Plan> = v.object({
  id: v.string(),
  name: v.string(),
  multiUser: v.boolean(),
  seatLimit: v.nullable(wholeNumber),
  upgradePlanName: v.optional(v.string()),
});

export const accountSchema: v.GenericSchema<Account> = v.object({
  id: v.string(),
  name: v.string(),
  plan: planSchema,
  seatsUsed: wholeNumber,
  invitationValidityDays: v.number(),
});

/** What every person record carries: a user, an external user, the viewer. */
const personEntries = {
  id: v.string(),
  email: v.string(),
  firstName: v.string(),
  lastName: v.string(),
  roleId: v.string(),
  permissions: strings,
  status: userStatus,
};

export const viewerSchema: v.GenericSchema<Viewer> = v.object({ ...personEntries, isExternal: v.boolean() });

export const userSchema: v.GenericSchema<User> = v.object({
  ...personEntries,
  twoFactorEnabled: v.boolean(),
  lastLoginAt: v.nullable(isoDateTime),
  createdAt: isoDateTime,
  version: wholeNumber,
});

export const invitationSchema: v.GenericSchema<Invitation> = v.object({
  id: v.string(),
  email: v.string(),
  firstName: v.string(),
  lastName: v.string(),
  roleId: v.string(),
  permissions: strings,
  invitedBy: v.nullable(v.object({ id: v.string(), name: v.string() })),
  sentAt: isoDateTime,
  expiresAt: isoDateTime,
  status: v.picklist(["pending", "expired"]),
});

export const externalUserSchema: v.GenericSchema<ExternalUser> = v.object({
  ...personEntries,
  homeAccount: v.object({ id: v.string(), name: v.string() }),
  twoFactorEnabled: v.boolean(),
  lastLoginAt: v.nullable(isoDateTime),
  version: wholeNumber,
});

export const roleDefinitionSchema: v.GenericSchema<RoleDefinition> = v.object({
  id: v.string(),
  label: v.string(),
  description: v.string(),
  kind: v.picklist(["owner", "standard", "custom"]),
  permissions: strings,
  grantablePermissions: v.optional(strings),
});

const total = v.pipe(v.number(), v.integer(), v.minValue(0));

export const sessionResultSchema: v.GenericSchema<SessionResult> = v.object({
  viewer: viewerSchema,
  account: accountSchema,
});

export const roleModelResultSchema: v.GenericSchema<RoleModelResult> = v.object({
  roles: v.array(roleDefinitionSchema),
  permissions: v.array(v.object({ id: v.string(), label: v.string(), description: v.string(), group: v.string() })),
  defaultRoleId: v.string(),
});

export const listUsersResultSchema: v.GenericSchema<ListUsersResult> = v.object({ users: v.array(userSchema), total });
export const userResultSchema: v.GenericSchema<UserResult> = v.object({ user: userSchema });
export const listInvitationsResultSchema: v.GenericSchema<ListInvitationsResult> = v.object({
  invitations: v.array(invitationSchema),
  total,
});
export const inviteUsersResultSchema: v.GenericSchema<InviteUsersResult> = v.object({
  results: v.array(
    v.object({
      email: v.string(),
      outcome: v.picklist(["sent", "already_member", "already_invited", "invalid", "seat_limit"]),
      message: v.string(),
      invitation: v.optional(invitationSchema),
      emailSent: v.optional(v.boolean()),
    }),
  ),
});
export const invitationResultSchema: v.GenericSchema<InvitationResult> = v.object({
  invitation: invitationSchema,
  emailSent: v.optional(v.boolean()),
});
export const listExternalUsersResultSchema: v.GenericSchema<ListExternalUsersResult> = v.object({
  externalUsers: v.array(externalUserSchema),
  total,
});
export const externalUserResultSchema: v.GenericSchema<ExternalUserResult> = v.object({
  externalUser: externalUserSchema,
});

// Request bodies. R31: every string and list is bounded by core's limits (src/core/limits.ts) and
// refuses control characters, in core's own words, so a value is refused the same way whether this
// outer guard or core finds it; core still checks the domain rules (email shape, roles, grants).
/** The `version` column is a PostgreSQL integer: a larger number is no version any record has. */
const MAX_VERSION = 2_147_483_647;
const version = v.pipe(
  v.number(),
  v.integer(),
  v.minValue(0),
  v.maxValue(MAX_VERSION, `A version is a whole number from 0 to ${MAX_VERSION}.`),
);
// No C0 control character nor DEL (core's `hasControlCharacter`), as a pattern so that the OpenAPI
// document states it too. One character class, no nested quantifier: linear on any input.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const PLAIN_TEXT = /^[^\u0000-\u001f\u007f]*$/;
/** A string of at most `max` characters without control characters; the message is core's. */
function bounded(max: number, what: string) {
  const message = (issue: v.BaseIssue<unknown>) => textProblem(String(issue.input), max, what) ?? `${what} is invalid.`;
  return v.pipe(v.string(), v.regex(PLAIN_TEXT, message), v.maxLength(max, message));
}
const name = bounded(MAX_NAME_LENGTH, "A name");
const email = bounded(MAX_EMAIL_LENGTH, "An email address");
const id = bounded(MAX_ID_LENGTH, "An id");
const password = bounded(MAX_PASSWORD_LENGTH, "A password");
/** Issued tokens are 43 characters; anything far longer cannot be one. */
const token = bounded(MAX_ID_LENGTH, "An invitation token");
const grants = v.pipe(v.array(id), v.maxLength(MAX_GRANTS, `Grant at most ${MAX_GRANTS} permissions.`));

/**
 * An object of named fields, and not an array: Valibot's `object` takes `[]` for `{}`, which would
 * make `changes: []` a no-op update. The OpenAPI document shows the object alone (its generator
 * converts a pipeline from its last schema, `typeMode: "output"`).
 */
const fieldsObject = <const Entries extends v.ObjectEntries>(entries: Entries, what: string) =>
  v.pipe(
    v.unknown(),
    v.check((input) => typeof input === "object" && input !== null && !Array.isArray(input), `Send ${what}.`),
    v.object(entries),
  );
const invitee = fieldsObject(
  { email, firstName: v.optional(name), lastName: v.optional(name) },
  'each invitee as an object, such as { "email": "ada@example.com" }',
);

export const updateUserBodySchema = v.object({
  version,
  changes: fieldsObject(
    {
      firstName: v.optional(name),
      lastName: v.optional(name),
      email: v.optional(email),
      roleId: v.optional(id),
      permissions: v.optional(grants),
    },
    'the changes as an object of fields, such as { "firstName": "Ada" }',
  ),
});
export const userStatusBodySchema = v.object({ version: v.optional(version) });
export const changePasswordBodySchema = v.object({ newPassword: password, actorPassword: password });
export const inviteUsersBodySchema = v.object({
  invitees: v.pipe(
    v.array(invitee),
    v.maxLength(
      MAX_INVITEES,
      (issue) => validateInviteeCount(Array.isArray(issue.input) ? issue.input.length : 0).invitees ?? "",
    ),
  ),
  roleId: id,
  permissions: v.optional(grants),
});
export const replaceInvitationBodySchema = v.object({
  invitee,
  roleId: id,
  permissions: v.optional(grants),
});
export const acceptInvitationBodySchema = v.object({ token, firstName: name, lastName: name });
export const updateExternalUserBodySchema = v.object({
  version,
  roleId: id,
  permissions: v.optional(grants),
});

/** Every error code the server may answer with (the client-side ones excluded). */
export const SERVER_ERROR_CODES = [
  "forbidden",
  "not_found",
  "conflict",
  "validation",
  "last_owner",
  "self_action",
  "seat_limit",
  "plan_required",
  "invitation_expired",
  "invitation_invalid",
  "reauthentication_failed",
  "access_revoked",
  "access_suspended",
  "unavailable",
  "not_implemented",
] as const satisfies readonly UserManagementErrorCode[];

/** The body of every error response: `{ error: { code, message, fieldErrors?, current? } }`. */
export const errorBodySchema = v.object({
  error: v.object({
    code: v.picklist(SERVER_ERROR_CODES),
    message: v.string(),
    fieldErrors: v.optional(v.record(v.string(), v.string())),
    current: v.optional(v.unknown()),
  }),
});

/** An error response's body. */
export type ErrorBody = v.InferOutput<typeof errorBodySchema>;
