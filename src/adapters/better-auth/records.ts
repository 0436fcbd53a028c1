import type { Invitation, InvitationSender, RoleDefinition, User } from "../../core/types";
import type { BetterAuthInvitation, BetterAuthMember } from "./betterAuthApi";
import type { NameMapping } from "./names";
import { roleIdOf } from "./roleModel";
import { versionOf } from "./version";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Better Auth answers Dates; a database may hand back strings. */
export function isoOf(value: Date | string | number): string {
  return new Date(value).toISOString();
}

/** What the adapter knows of the viewer beyond their member row. */
export interface ViewerFacts {
  userId: string;
  /** From the session: the twoFactor plugin's user field, when that plugin is there. */
  twoFactorEnabled: boolean;
}

/**
 * A Better Auth member as our user. The id is the Better Auth user id (the member id is looked up
 * when Better Auth needs it). `createdAt` is when they joined the organization. `status` is always
 * `active`: Better Auth has no suspended member. `lastLoginAt` is `null` here: the member row does not
 * carry it, and `lastLogins.ts` fills it in for a whole page at once (R4). `twoFactorEnabled` is known only for the viewer (from their
 * session); the organization plugin joins only id, name, email and image of other members' users, so
 * theirs reads `false`.
 */
export function memberToUser(
  member: BetterAuthMember,
  roles: readonly RoleDefinition[],
  names: NameMapping,
  viewer: ViewerFacts | undefined,
): User {
  const { firstName, lastName } = names.split(member.user.name ?? "");
  return {
    id: member.userId,
    firstName,
    lastName,
    email: member.user.email,
    roleId: roleIdOf(member.role, roles),
    permissions: [],
    status: "active",
    twoFactorEnabled: viewer?.userId === member.userId && viewer.twoFactorEnabled,
    lastLoginAt: null,
    createdAt: isoOf(member.createdAt),
    version: versionOf([member.user.name ?? "", member.user.email, member.role]),
  };
}

/**
 * A Better Auth invitation as ours. Its id is also its link token. Better Auth keeps when it was
 * created and when it expires, and a resend moves only the expiry: the (re)send time shown is the
 * expiry minus the validity (the creation time, should the validity have grown since). Better Auth stores no invitee name.
 */
export function toInvitation(
  invitation: BetterAuthInvitation,
  roles: readonly RoleDefinition[],
  validityDays: number,
  inviters: ReadonlyMap<string, InvitationSender>,
  now: Date,
): Invitation {
  const expiresAt = new Date(invitation.expiresAt).getTime();
  const createdAt = new Date(invitation.createdAt ?? invitation.expiresAt).getTime();
  const derived = expiresAt - validityDays * DAY_MS;
  // Better Auth dates the row a moment after computing its expiry: within a minute, the expiry
  // minus the validity is the send time; much earlier, the validity changed since and the creation
  // time is the better guess.
  const sentAt = Math.min(expiresAt, derived >= createdAt - 60_000 ? derived : createdAt);
  return {
    id: invitation.id,
    email: invitation.email,
    firstName: "",
    lastName: "",
    roleId: roleIdOf(invitation.role, roles),
    permissions: [],
    invitedBy: inviters.get(invitation.inviterId) ?? null,
    sentAt: new Date(sentAt).toISOString(),
    expiresAt: new Date(expiresAt).toISOString(),
    status: now.getTime() >= expiresAt ? "expired" : "pending",
  };
}
