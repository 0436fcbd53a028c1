import type { ListUsersParams, ListUsersResult, UserSort } from "../../adapter/contract";
import type { RoleDefinition, User } from "../../core/types";
import type { WithLastLogins } from "./lastLogins";

/** One `listMembers` request, in Better Auth's terms. */
export interface MemberQuery {
  limit: number;
  offset: number;
  sortBy?: "createdAt";
  sortDirection?: "asc" | "desc";
  /** Only members whose role column is one of these. */
  roles?: readonly string[];
}

/** Reads one page of members as users, and how many match. */
export type ReadMembers = (query: MemberQuery) => Promise<{ users: User[]; total: number }>;

/**
 * R1: Better Auth's `listMembers` pages, sorts and filters on the member row only (role, join date),
 * never on the user's name or email, nor on their sessions. So:
 * - no search, and a sort by join date (or by status, which is equal for everyone here), or none:
 *   Better Auth does the work; one request reads one page. The default order is by join date,
 *   oldest first.
 * - a search, or a sort by name, email, role or last login: the adapter reads the organization's
 *   members `scanPageSize` at a time (with the role filter applied by Better Auth), then searches,
 *   sorts and pages them itself. Cost grows with the organization (see docs/better-auth.md for
 *   measurements). A sort by last login reads the sessions of every scanned page (one query each).
 * Either way the page returned gets its members' last sign-in (R4) in one more query.
 * The role filter always goes to Better Auth and matches the role column as stored: a member holding
 * several roles (`"admin,sale"`) matches none of them.
 */
export async function listUsersPage(
  params: ListUsersParams,
  readMembers: ReadMembers,
  withLastLogins: WithLastLogins,
  roles: readonly RoleDefinition[],
  scanPageSize: number,
): Promise<ListUsersResult> {
  // Every member is active: a status filter without `active` matches no one.
  if (params.statuses && params.statuses.length > 0 && !params.statuses.includes("active")) {
    return { users: [], total: 0 };
  }
  const roleFilter = params.roleIds && params.roleIds.length > 0 ? { roles: params.roleIds } : {};
  const needle = foldForSearch(params.search?.trim() ?? "");
  const offset = (params.page - 1) * params.pageSize;
  if (needle === "" && isPushedDown(params.sort)) {
    const { users, total } = await readMembers({
      limit: params.pageSize,
      offset,
      sortBy: "createdAt",
      sortDirection: params.sort?.field === "createdAt" ? params.sort.direction : "asc",
      ...roleFilter,
    });
    return { users: await withLastLogins(users), total };
  }
  const byLastLogin = params.sort?.field === "lastLoginAt";
  const everyone: User[] = [];
  for (let start = 0; ; start += scanPageSize) {
    const { users, total } = await readMembers({
      limit: scanPageSize,
      offset: start,
      sortBy: "createdAt",
      sortDirection: "asc",
      ...roleFilter,
    });
    everyone.push(...(byLastLogin ? await withLastLogins(users) : users));
    if (users.length < scanPageSize || start + scanPageSize >= total) break;
  }
  const matches = needle === "" ? everyone : everyone.filter((user) => haystackOf(user).includes(needle));
  matches.sort(comparator(params.sort, roles));
  const page = matches.slice(offset, offset + params.pageSize);
  return { users: byLastLogin ? page : await withLastLogins(page), total: matches.length };
}

/** Sorts Better Auth can do itself (or that every member ties on). */
function isPushedDown(sort: UserSort | undefined): boolean {
  return sort === undefined || sort.field === "createdAt" || sort.field === "status";
}

/** Case- and accent-insensitive text for search, as the memory adapter folds it. */
export function foldForSearch(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

const haystackOf = (user: User) =>
  `${foldForSearch(`${user.firstName} ${user.lastName}`)}\u0000${foldForSearch(user.email)}`;

/** The order of a sort, total: equal keys fall back to the user id. */
function comparator(sort: UserSort | undefined, roles: readonly RoleDefinition[]): (a: User, b: User) => number {
  const field = sort?.field ?? "createdAt";
  const sign = sort?.direction === "desc" ? -1 : 1;
  const rank = new Map(roles.map((role, index) => [role.id, String(index).padStart(4, "0")]));
  const keyOf = (user: User): string => {
    switch (field) {
      case "name":
        return foldForSearch(`${user.firstName} ${user.lastName}`).trim() || user.email.toLowerCase();
      case "email":
        return user.email.toLowerCase();
      case "role":
        return rank.get(user.roleId) ?? "9999";
      case "createdAt":
        return user.createdAt;
      case "lastLoginAt":
        // Never signed in (or no stored session) sorts as the oldest, as in the memory adapter.
        return user.lastLoginAt ?? "";
      default:
        return "";
    }
  };
  const keys = new Map<User, string>();
  const key = (user: User) => {
    let value = keys.get(user);
    if (value === undefined) {
      value = keyOf(user);
      keys.set(user, value);
    }
    return value;
  };
  return (a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka !== kb) return ka < kb ? -sign : sign;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
}
