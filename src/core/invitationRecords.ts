import type { Clock } from "./clock";
import { UserManagementError } from "./errors";
import { invitationExpiresAt, invitationStatusAt } from "./invitationExpiry";
import type { InviteeFields } from "./invitePlanning";
import type { Invitation, InvitationSender, IsoDateTime, RoleDefinition, User, Viewer } from "./types";

/** An invitation's stored fields, without its status (derived from the clock) or its secret link. */
export type InvitationFields = Omit<Invitation, "status">;

/** Who sent an invitation, as the pending list shows it. */
export function invitationSender(viewer: Viewer): InvitationSender {
  return { id: viewer.id, name: `${viewer.firstName} ${viewer.lastName}`.trim() || viewer.email };
}

/** R11, R12: a new invitation sent now by `viewer`: email and names trimmed, valid from now. */
export function newInvitationFields(options: {
  id: string;
  invitee: InviteeFields;
  roleId: string;
  permissions: readonly string[];
  viewer: Viewer;
  sentAt: Date;
  validityDays: number;
}): InvitationFields {
  const { invitee } = options;
  return {
    id: options.id,
    email: invitee.email.trim(),
    firstName: invitee.firstName?.trim() ?? "",
    lastName: invitee.lastName?.trim() ?? "",
    roleId: options.roleId,
    permissions: [...options.permissions],
    invitedBy: invitationSender(options.viewer),
    ...invitationValidity(options.sentAt, options.validityDays),
  };
}

/** R12, R13: sent at `sentAt` and valid for `validityDays` from then; a resend restarts both. */
export function invitationValidity(
  sentAt: Date,
  validityDays: number,
): { sentAt: IsoDateTime; expiresAt: IsoDateTime } {
  const sent = sentAt.toISOString();
  return { sentAt: sent, expiresAt: invitationExpiresAt(sent, validityDays) };
}

/** R12: an invitation as the API shows it, with its status at the clock's time. */
export function withInvitationStatus(fields: InvitationFields, clock: Clock): Invitation {
  return { ...fields, status: invitationStatusAt(fields.expiresAt, clock) };
}

/**
 * R13, R15: refuses a link that matches no invitation (cancelled, replaced, accepted or never issued)
 * with `invitation_invalid`, and an expired one with `invitation_expired`.
 */
export function assertInvitationAcceptable<T extends InvitationFields>(invitation: T | undefined, clock: Clock): T {
  if (!invitation) {
    throw new UserManagementError(
      "invitation_invalid",
      "This invitation link is no longer valid: it was cancelled or replaced by a newer one. Ask for a new invitation.",
    );
  }
  if (invitationStatusAt(invitation.expiresAt, clock) !== "pending") {
    throw new UserManagementError(
      "invitation_expired",
      "This invitation has expired. Ask the account's administrator to resend it.",
    );
  }
  return invitation;
}

/**
 * R15: the user an accepted invitation makes: the invited email and role, the names typed on
 * acceptance (or those of the invitation). R6: the first user of an empty account becomes its owner.
 */
export function userFromInvitation(options: {
  id: string;
  invitation: InvitationFields;
  firstName: string;
  lastName: string;
  roles: readonly RoleDefinition[];
  isFirstUser: boolean;
  now: Date;
}): User {
  const { invitation } = options;
  const owner = options.isFirstUser ? options.roles.find((role) => role.kind === "owner") : undefined;
  const now = options.now.toISOString();
  return {
    id: options.id,
    email: invitation.email,
    firstName: options.firstName.trim() || invitation.firstName,
    lastName: options.lastName.trim() || invitation.lastName,
    roleId: owner ? owner.id : invitation.roleId,
    permissions: owner ? [] : [...invitation.permissions],
    status: "active",
    twoFactorEnabled: false,
    lastLoginAt: now,
    createdAt: now,
    version: 1,
  };
}

/** R15: accepting a link for an address that became a member meanwhile. */
export function alreadyMemberError(email: string): UserManagementError {
  return new UserManagementError("conflict", `${email} is already a member of this account.`);
}
