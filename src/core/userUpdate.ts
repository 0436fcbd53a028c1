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
 * R5, R8, R16, R19: asserts every action a change set amounts to: editing the profile, changing the
 * role, changing the grants. `context.roleId` should be the new role, if any.
 */
export function assertCanChangeUser(viewer: Viewer, user: User, changes: UserChangeSet, context: PolicyContext): void {
  if (PROFILE_FIELDS.some((field) => changes[field] !== undefined && changes[field] !== user[field])) {
    assertCan(viewer, "user.updateProfile", user, context);
  }
  if (changes.roleId !== undefined && changes.roleId !== user.roleId)
    assertCan(viewer, "user.changeRole", user, context);
  if (changes.permissions !== undefined) assertCan(viewer, "user.updatePermissions", user, context);
}

/** What `planUserUpdate` gives: the user after the change, and what is wrong with the change. */
export interface UserUpdatePlan {
  /** The user as it would be stored, with the next version (R25). */
  user: User;
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
  // A role change away from custom drops the one-by-one grants with it.
  const permissions =
    changes.permissions ?? (roleChanged && findRole(roles, roleId)?.kind !== "custom" ? [] : user.permissions);
  const fieldErrors = {
    ...validateProfile(changes),
    ...validateRoleAssignment(roles, roleId, changes.permissions ?? (roleChanged ? permissions : [])),
  };
  return {
    user: {
      ...user,
      firstName: changes.firstName?.trim() ?? user.firstName,
      lastName: changes.lastName?.trim() ?? user.lastName,
      email: changes.email?.trim() ?? user.email,
      roleId,
      permissions: [...permissions],
      version: user.version + 1,
    },
    fieldErrors,
  };
}

/** R2: the field error for an email another user already has. */
export function emailTakenError(email: string): FieldErrors {
  return { email: `${email.trim()} is already used by another user.` };
}
