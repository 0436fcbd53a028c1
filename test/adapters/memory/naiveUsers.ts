import type { ListUsersParams, UserSortField } from "../../../src/adapter/contract";
import { foldForSearch } from "../../../src/core/foldText";
import type { RoleDefinition, User } from "../../../src/core/types";

/**
 * The obviously-correct answer the memory adapter's indexes must give: fold and test every user,
 * then sort everything. Ids, in list order.
 */
export function naiveIds(
  users: readonly User[],
  roles: readonly RoleDefinition[],
  query: Pick<ListUsersParams, "search" | "sort" | "roleIds" | "statuses"> = {},
): string[] {
  const { field, direction } = query.sort ?? { field: "name" as UserSortField, direction: "asc" };
  const rank = (user: User) => roles.findIndex((role) => role.id === user.roleId);
  const keys: Record<UserSortField, (user: User) => string> = {
    name: (user) => foldForSearch(`${user.firstName} ${user.lastName}`).trim() || user.email.toLowerCase(),
    email: (user) => user.email.trim().toLowerCase(),
    lastLoginAt: (user) => user.lastLoginAt ?? "",
    createdAt: (user) => user.createdAt,
    role: (user) => String(rank(user)).padStart(4, "0"),
    status: (user) => String(["active", "suspended", "revoked"].indexOf(user.status)),
  };
  const key = keys[field];
  const needle = foldForSearch(query.search?.trim() ?? "");
  const ids = users
    .filter((user) => foldForSearch(`${user.firstName} ${user.lastName}\u0000${user.email}`).includes(needle))
    .filter((user) => !query.roleIds?.length || query.roleIds.includes(user.roleId))
    .filter((user) => !query.statuses?.length || query.statuses.includes(user.status))
    .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((user) => user.id);
  return direction === "asc" ? ids : ids.reverse();
}

/** A scheduler whose background steps run only when the test says, one at a time or all. */
export function manualSchedule() {
  const tasks: (() => void)[] = [];
  return {
    schedule: (task: () => void) => {
      tasks.push(task);
    },
    get pending(): number {
      return tasks.length;
    },
    /** Runs the next queued step; false when none was queued. */
    runOne(): boolean {
      const task = tasks.shift();
      task?.();
      return task !== undefined;
    },
    runAll(): void {
      while (this.runOne()) {
        // Each step queues the next until the work is done.
      }
    },
  };
}
