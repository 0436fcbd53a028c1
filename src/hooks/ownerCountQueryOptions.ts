import type { UserManagementAdapter } from "../adapter/contract";
import type { RoleDefinition } from "../core/types";
import { usersQueryOptions } from "./usersQueryOptions";

/** Internal: the ids of the owner-kind roles (R19), the roles the owner count filters on. */
export function ownerRoleIds(roles: readonly RoleDefinition[]): string[] {
  return roles.filter((role) => role.kind === "owner").map((role) => role.id);
}

/**
 * Internal: R19's count of active owners, as a one-row `listUsers` filtered to owner-kind roles and
 * active status, of which only `total` is read. One key for `usePermissions` and the page's prefetch.
 */
export function ownerCountQueryOptions(adapter: UserManagementAdapter, roleIds: readonly string[]) {
  return usersQueryOptions(adapter, { page: 1, pageSize: 1, roleIds, statuses: ["active"] });
}
