import type { Action } from "./actions";

/**
 * Domain types shared by every layer. Framework-free: nothing here imports React.
 * Dates travel as ISO 8601 strings so that every adapter (memory, REST, your own) can produce them.
 */

/** An ISO 8601 date-time string, e.g. `2026-11-23T10:00:00.000Z`. */
export type IsoDateTime = string;

/** R10: whether a user has access. `revoked` users are told so on their next request. */
export type UserStatus = "active" | "suspended" | "revoked";

/** R10, R12: an invitation is pending until it expires. Accepted and cancelled ones disappear. */
export type InvitationStatus = "pending" | "expired";

/** The editable part of a person. The email is shown as the person typed it (R2). */
export interface UserProfile {
  firstName: string;
  lastName: string;
  email: string;
}

/** A member of the account: someone with their own login (R2). */
export interface User extends UserProfile {
  id: string;
  roleId: string;
  /** Permissions granted one by one; only meaningful when the role is `custom` (R5). */
  permissions: readonly string[];
  status: UserStatus;
  twoFactorEnabled: boolean;
  /** `null` when the person has never logged in. */
  lastLoginAt: IsoDateTime | null;
  createdAt: IsoDateTime;
  /** Increases on every change; an update carrying an older version is a conflict (R25). */
  version: number;
  /** A picture of the person, when the backend has one; lists show their initials without it. */
  avatarUrl?: string;
}

/** Who sent an invitation, as shown in the pending list. */
export interface InvitationSender {
  id: string;
  name: string;
}

/** R11–R15: an invitation by email, listed apart from users until accepted. */
export interface Invitation {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  roleId: string;
  permissions: readonly string[];
  invitedBy: InvitationSender | null;
  sentAt: IsoDateTime;
  expiresAt: IsoDateTime;
  status: InvitationStatus;
}

/** The account an external user belongs to (R21). */
export interface HomeAccount {
  id: string;
  name: string;
}

/** R21, R22: a person from another account who reaches this one through a multi-account login. */
export interface ExternalUser extends UserProfile {
  id: string;
  homeAccount: HomeAccount;
  /** Their role here; changing it never touches their home account (R22). */
  roleId: string;
  permissions: readonly string[];
  status: UserStatus;
  twoFactorEnabled: boolean;
  lastLoginAt: IsoDateTime | null;
  version: number;
  /** As {@link User.avatarUrl}. */
  avatarUrl?: string;
}

/** One entry of the permission catalog the host passes in. */
export interface Permission {
  id: string;
  label: string;
  description: string;
  /** Used to group the checklist, e.g. "Billing". */
  group: string;
}

/**
 * How a role behaves in the policy:
 * - `owner`: every permission of the catalog; the account must keep one active (R19).
 * - `standard`: exactly the permissions listed.
 * - `custom`: the listed (basic) permissions plus those granted to each user one by one (R5).
 */
export type RoleKind = "owner" | "standard" | "custom";

/** A role as data, not code: the host app may pass its own. */
export interface RoleDefinition {
  id: string;
  label: string;
  description: string;
  kind: RoleKind;
  /** For `standard` and `custom`: the permissions every holder has. Ignored for `owner`. */
  permissions: readonly string[];
  /** For `custom`: the permissions that may be granted one by one. */
  grantablePermissions?: readonly string[];
  /**
   * Actions this role's holders may not take on others although its permissions would let them: a
   * backend's finer rules (say, admins who invite but may not remove anyone), so that `can()`, and
   * with it the UI, refuses before the backend does. Acting on oneself where the policy allows it
   * (one's own profile) is not affected.
   */
  deniedActions?: readonly Action[];
}

/** A complete role model: roles, the permission catalog and the defaults. */
export interface RoleModel {
  roles: readonly RoleDefinition[];
  permissions: readonly Permission[];
  /** The role preselected in the invite form. */
  defaultRoleId: string;
}

/** The account's plan (R1 seat limit, R23 multi-user gating). */
export interface Plan {
  id: string;
  name: string;
  /** `false` when inviting users requires another plan (R23). */
  multiUser: boolean;
  /** `null` means unlimited (R1). */
  seatLimit: number | null;
  /** The plan to upgrade to, named in the upgrade call to action. */
  upgradePlanName?: string;
}

/** The account whose users are managed. */
export interface Account {
  id: string;
  name: string;
  plan: Plan;
  /** Users who are not revoked plus pending invitations (R1). */
  seatsUsed: number;
  /** How long an invitation link stays valid (R12). Defaults to 7. */
  invitationValidityDays: number;
}

/** The person using the UI (or calling the server). */
export interface Viewer extends UserProfile {
  id: string;
  roleId: string;
  permissions: readonly string[];
  status: UserStatus;
  /** `true` when the viewer belongs to another account (R21). */
  isExternal: boolean;
}
