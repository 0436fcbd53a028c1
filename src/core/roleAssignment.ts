import type { FieldErrors } from "./errors";
import { findRole } from "./roles";
import type { RoleDefinition } from "./types";

/**
 * Checks a role and its one-by-one grants (R5): the role must exist, and grants are only accepted
 * for a custom role and only from its grantable list. Returns field errors, empty when valid.
 */
export function validateRoleAssignment(
  roles: readonly RoleDefinition[],
  roleId: string,
  permissions: readonly string[] = [],
): FieldErrors {
  const role = findRole(roles, roleId);
  if (!role) return { roleId: `There is no role “${roleId}”.` };
  if (permissions.length === 0) return {};
  if (role.kind !== "custom") {
    return { permissions: `Permissions are granted one by one only with a custom role, not “${role.label}”.` };
  }
  const grantable = role.grantablePermissions ?? [];
  const unknown = permissions.filter((id) => !grantable.includes(id));
  return unknown.length === 0 ? {} : { permissions: `These permissions cannot be granted: ${unknown.join(", ")}.` };
}
