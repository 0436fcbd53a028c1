import type { UserSortField } from "../../adapter/contract";
import { type Fold, foldedName } from "../../core/foldText";
import type { RoleDefinition, User, UserStatus } from "../../core/types";

/** The string whose plain comparison (then the id's) gives a column's order: what a cursor holds. */
export type SortKeyOf = (user: User, field: UserSortField, fold?: Fold) => string;

const STATUS_ORDER: Record<UserStatus, string> = { active: "0", suspended: "1", revoked: "2" };

/** The sort keys of an account whose roles rank in this order. */
export function sortKeys(roles: readonly RoleDefinition[]): SortKeyOf {
  // One key string per role, not one per user and call.
  const roleKeys = new Map(roles.map((role, rank) => [role.id, String(rank).padStart(4, "0")]));
  return (user, field, fold) => {
    switch (field) {
      case "name":
        return foldedName(user, fold).trim() || user.email.toLowerCase();
      case "email":
        return user.email.trim().toLowerCase();
      case "lastLoginAt":
        // Never logged in sorts as the oldest.
        return user.lastLoginAt ?? "";
      case "createdAt":
        return user.createdAt;
      case "role":
        return roleKeys.get(user.roleId) ?? "9999";
      case "status":
        return STATUS_ORDER[user.status];
    }
  };
}

/** Orders (key, id) pairs: by key, then by id, so that every order is total and stable across runs. */
export function compareKeyed(keyA: string, idA: string, keyB: string, idB: string): number {
  if (keyA !== keyB) return keyA < keyB ? -1 : 1;
  return idA < idB ? -1 : idA > idB ? 1 : 0;
}
