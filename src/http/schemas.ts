import * as v from "valibot";
import type {
  CapabilitiesResult,
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
import { ACTIONS } from "../core/actions";
import type { UserManagementErrorCode } from "../core/errors";
import type { Account, ExternalUser, Invitation, Plan, RoleDefinition, User, Viewer } from "../core/types";

/*
 * The answers of the HTTP contract, as Valibot schemas: the REST adapter validates responses (errors
 * included) with them, and the OpenAPI document is generated from them. Each is annotated with the
 * contract type it carries, so the two cannot drift apart. Objects are not strict: a backend may send
 * more fields than the contract names. Request bodies, which only the server validates, are in
 * requestBodies.ts, so that the client bundle does not carry them.
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
/** A user's or external user's picture (the viewer has none). */
const avatarUrl = v.optional(v.string());

export const viewerSchema: v.GenericSchema<Viewer> = v.object({ ...personEntries, isExternal: v.boolean() });

export const userSchema: v.GenericSchema<User> = v.object({
  ...personEntries,
  twoFactorEnabled: v.boolean(),
  lastLoginAt: v.nullable(isoDateTime),
  createdAt: isoDateTime,
  version: wholeNumber,
  avatarUrl,
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
  avatarUrl,
});

export const roleDefinitionSchema: v.GenericSchema<RoleDefinition> = v.object({
  id: v.string(),
  label: v.string(),
  description: v.string(),
  kind: v.picklist(["owner", "standard", "custom"]),
  permissions: strings,
  grantablePermissions: v.optional(strings),
  deniedActions: v.optional(v.array(v.picklist(ACTIONS))),
});

const total = v.pipe(v.number(), v.integer(), v.minValue(0));

export const sessionResultSchema: v.GenericSchema<SessionResult> = v.object({
  viewer: viewerSchema,
  account: accountSchema,
});

const capabilityFlag = v.optional(v.boolean());
export const capabilitiesResultSchema: v.GenericSchema<CapabilitiesResult> = v.object({
  capabilities: v.optional(
    v.object({
      suspendUsers: capabilityFlag,
      changePassword: capabilityFlag,
      replaceInvitation: capabilityFlag,
      acceptInvitation: capabilityFlag,
      externalUsers: capabilityFlag,
      editOtherProfiles: capabilityFlag,
      changeEmail: capabilityFlag,
    }),
  ),
  behaviours: v.optional(
    v.object({
      emailCase: v.optional(v.picklist(["as-typed", "lower-case"])),
      resendLink: v.optional(v.picklist(["fresh", "same"])),
    }),
  ),
});

export const roleModelResultSchema: v.GenericSchema<RoleModelResult> = v.object({
  roles: v.array(roleDefinitionSchema),
  permissions: v.array(v.object({ id: v.string(), label: v.string(), description: v.string(), group: v.string() })),
  defaultRoleId: v.string(),
});

export const listUsersResultSchema: v.GenericSchema<ListUsersResult> = v.object({
  users: v.array(userSchema),
  total,
  totalIsLowerBound: v.optional(v.boolean()),
  nextCursor: v.optional(v.string()),
  prevCursor: v.optional(v.string()),
});
export const userResultSchema: v.GenericSchema<UserResult> = v.object({ user: userSchema });
export const listInvitationsResultSchema: v.GenericSchema<ListInvitationsResult> = v.object({
  invitations: v.array(invitationSchema),
  total,
});
export const inviteUsersResultSchema: v.GenericSchema<InviteUsersResult> = v.object({
  results: v.array(
    v.object({
      email: v.string(),
      outcome: v.picklist(["sent", "already_member", "already_invited", "invalid", "seat_limit", "refused"]),
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
