import { assertCan, type PolicyContext } from "./can";
import { validateProfile } from "./email";
import type { FieldErrors } from "./errors";
import { validateRoleAssignment } from "./roleAssignment";
import { findRole } from "./roles";
import type { RoleDefinition, User, Viewer } from "./types";

const PROFILE_FIELDS = ["firstName", "lastName", "email"] as const;

/** What an update may change; absent fields stay as they are. The adapter contract's `UserChanges`. */
export interface UserChangeSet {
  firstName?: string;
  lastName?: string;
  email?: string;
  roleId?: string;
  permissions?: readonly string[];
}

/**
 * R5, R8, R16, R19, R27, R29: asserts every action the request names, decided on the request and not
 * on its effect: any update needs the right to edit the user, even an empty or no-op one; a role or
 * grants in the request need the right to give them, even when they equal the current ones.
 * `context.roleId` and `context.permissions` are filled in here from `changes`.
 */
export function assertCanChangeUser(viewer: Viewer, user: User, changes: UserChangeSet, context: PolicyContext): void {
  assertCan(viewer, "user.updateProfile", user, context);
  const roleId = changes.roleId ?? user.roleId;
  const assigned = { ...context, roleId, permissions: grantsAfter(user, changes, context.roles) };
  if (changes.roleId !== undefined) assertCan(viewer, "user.changeRole", user, assigned);
  if (changes.permissions !== undefined) assertCan(viewer, "user.updatePermissions", user, assigned);
}

/** What `planUserUpdate` gives: the user after the change, and what is wrong with the change. */
export interface UserUpdatePlan {
  /** The user as it would be stored: with the next version (R25) when it changed, as it is otherwise. */
  user: User;
  /** `false` for a no-op: nothing to store, and the version stays (R29). */
  changed: boolean;
  /** Empty when valid. Email uniqueness (R2) is the caller's to add: it needs the other users. */
  fieldErrors: FieldErrors;
}

/**
 * Applies a change set to a user without storing it: names and email trimmed, the email kept as typed
 * (R2), grants checked against the role (R5) and dropped when the role leaves `custom`.
 */
export function planUserUpdate(user: User, changes: UserChangeSet, roles: readonly RoleDefinition[]): UserUpdatePlan {
  const roleId = changes.roleId ?? user.roleId;
  const roleChanged = roleId !== user.roleId;
  const permissions = grantsAfter(user, changes, roles);
  const fieldErrors = {
    ...validateProfile(changes),
    ...validateRoleAssignment(roles, roleId, changes.permissions ?? (roleChanged ? permissions : [])),
  };
  const next: User = {
    ...user,
    firstName: changes.firstName?.trim() ?? user.firstName,
    lastName: changes.lastName?.trim() ?? user.lastName,
    email: changes.email?.trim() ?? user.email,
    roleId,
    permissions: [...permissions],
  };
  const changed =
    PROFILE_FIELDS.some((field) => next[field] !== user[field]) ||
    roleChanged ||
    !sameMembers(next.permissions, user.permissions);
  return { user: changed ? { ...next, version: user.version + 1 } : user, changed, fieldErrors };
}

/** The one-by-one grants after the change: a role change away from custom drops them with it. */
function grantsAfter(user: User, changes: UserChangeSet, roles: readonly RoleDefinition[]): readonly string[] {
  const roleId = changes.roleId ?? user.roleId;
  if (changes.permissions !== undefined) return changes.permissions;
  return roleId !== user.roleId && findRole(roles, roleId)?.kind !== "custom" ? [] : user.permissions;
}

/** Whether two lists hold the same ids, in any order. */
function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}

/** R2, R11: the field error for an email that a pending invitation is for: one or the other, never both. */
export function emailInvitedError(email: string): FieldErrors {
  return { email: `${email.trim()} has a pending invitation. Cancel it before giving this address to a user.` };
}

/** R2: the field error for an email another user already has. */
export function emailTakenError(email: string): FieldErrors {
  return { email: `${email.trim()} is already used by another user.` };
}

/** R29: whether giving an external user this role and these grants changes anything; a no-op stores nothing. */
export function externalRoleChanges(
  current: { roleId: string; permissions: readonly string[] },
  roleId: string,
  permissions: readonly string[],
): boolean {
  return current.roleId !== roleId || !sameMembers(current.permissions, permissions);
}
