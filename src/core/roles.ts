import { PERMISSIONS } from "./permissions";
import type { RoleDefinition, UserStatus } from "./types";

/** Anything that holds a role: a user, an external user, an invitation, the viewer. */
export interface RoleHolder {
  roleId: string;
  permissions: readonly string[];
}

/** Finds a role by id; `undefined` when the role model does not define it. */
export function findRole(roles: readonly RoleDefinition[], roleId: string): RoleDefinition | undefined {
  return roles.find((role) => role.id === roleId);
}

/** Whether the role is the account-keeping kind that R19 protects. */
export function isOwnerRole(roles: readonly RoleDefinition[], roleId: string): boolean {
  return findRole(roles, roleId)?.kind === "owner";
}

/**
 * Whether a holder has a permission: owners have all (R5–R7), standard roles their list,
 * custom roles their basic list plus the holder's own grants from the role's grantable list (R5).
 */
export function hasPermission(holder: RoleHolder, permissionId: string, roles: readonly RoleDefinition[]): boolean {
  const role = findRole(roles, holder.roleId);
  if (!role) return false;
  if (role.kind === "owner") return true;
  if (role.permissions.includes(permissionId)) return true;
  // Only grants from the role's grantable list count, so a stray `users.manage` in stored data
  // cannot make a custom user an administrator (R5, R9: the rule holds when the UI is bypassed).
  return (
    role.kind === "custom" &&
    (role.grantablePermissions ?? []).includes(permissionId) &&
    holder.permissions.includes(permissionId)
  );
}

/**
 * R27: whether `assigned` (a role and its one-by-one grants) is within what `viewer` holds: an
 * owner-kind role only for an owner-kind viewer, and every permission the role and its (grantable)
 * grants carry held by the viewer. An unknown role carries nothing: validation reports it.
 */
export function withinRoleCeiling(viewer: RoleHolder, assigned: RoleHolder, roles: readonly RoleDefinition[]): boolean {
  const role = findRole(roles, assigned.roleId);
  if (!role) return true;
  if (role.kind === "owner") return isOwnerRole(roles, viewer.roleId);
  const grantable = role.kind === "custom" ? (role.grantablePermissions ?? []) : [];
  const carried = [...role.permissions, ...assigned.permissions.filter((id) => grantable.includes(id))];
  return carried.every((id) => hasPermission(viewer, id, roles));
}

/** R19: how many active users hold an owner-kind role. */
export function countActiveOwners(
  users: Iterable<{ roleId: string; status: UserStatus }>,
  roles: readonly RoleDefinition[],
): number {
  let count = 0;
  for (const user of users) if (user.status === "active" && isOwnerRole(roles, user.roleId)) count++;
  return count;
}

/** R5–R8: whether someone is active and manages users, the people who see and manage other users. */
export function managesUsers(holder: RoleHolder & { status: UserStatus }, roles: readonly RoleDefinition[]): boolean {
  return holder.status === "active" && hasPermission(holder, PERMISSIONS.manageUsers, roles);
}
