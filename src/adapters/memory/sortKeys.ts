import type { UserSortField } from "../../adapter/contract";
import { type Fold, foldForSearch, nameSortKey } from "../../core/foldText";
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
        return nameSortKey(user, fold);
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

/**
 * A string that `field`'s key starts with, cheaper to get than the key, or `undefined`. A pass over
 * 100,000 users compares it first: most are placed by it alone, without building their key.
 */
export type SortKeyHeadOf = (user: User, field: UserSortField, fold?: Fold) => string | undefined;

/** The name key starts with the folded first name, when that has no space to trim at either end. */
export const sortKeyHead: SortKeyHeadOf = (user, field, fold = foldForSearch) => {
  if (field !== "name") return undefined;
  const first = fold(user.firstName);
  return first !== "" && first.trim() === first ? first : undefined;
};

/**
 * Where a key starting with `head` stands against `key`: its sign when the head decides it, 0 when
 * `key` starts with `head` (the rest of the key decides).
 */
export function compareHead(head: string, key: string): number {
  if (key.startsWith(head)) return 0;
  return head < key ? -1 : 1;
}

/** Orders (key, id) pairs: by key, then by id, so that every order is total and stable across runs. */
export function compareKeyed(keyA: string, idA: string, keyB: string, idB: string): number {
  if (keyA !== keyB) return keyA < keyB ? -1 : 1;
  return idA < idB ? -1 : idA > idB ? 1 : 0;
}
