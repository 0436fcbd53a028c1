import type { FieldErrors } from "./errors";
import { MAX_GRANTS, validateId } from "./limits";
import { findRole } from "./roles";
import type { RoleDefinition } from "./types";

/**
 * Checks a role and its one-by-one grants (R5): the role must exist, and grants are only accepted
 * for a custom role, only from its grantable list, each once and at most {@link MAX_GRANTS} (R31).
 * Returns field errors, empty when valid.
 */
export function validateRoleAssignment(
  roles: readonly RoleDefinition[],
  roleId: string,
  permissions: readonly string[] = [],
): FieldErrors {
  const badId = validateId("roleId", roleId);
  if (badId.roleId) return badId;
  const role = findRole(roles, roleId);
  if (!role) return { roleId: `There is no role “${roleId}”.` };
  if (permissions.length === 0) return {};
  if (permissions.length > MAX_GRANTS) return { permissions: `Grant at most ${MAX_GRANTS} permissions.` };
  if (new Set(permissions).size !== permissions.length) {
    return { permissions: "Each permission can be granted once: the list names one more than once." };
  }
  if (role.kind !== "custom") {
    return { permissions: `Permissions are granted one by one only with a custom role, not “${role.label}”.` };
  }
  const grantable = role.grantablePermissions ?? [];
  const unknown = permissions.filter((id) => !grantable.includes(id));
  return unknown.length === 0 ? {} : { permissions: `These permissions cannot be granted: ${unknown.join(", ")}.` };
}
