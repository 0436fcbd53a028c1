import type { QueryClient } from "@tanstack/react-query";
import type { ListUsersResult } from "../adapter/contract";
import type { User } from "../core/types";
import { userManagementKeys } from "./userManagementKeys";

/** Internal: rewrites one user in every cached list page holding them and in their detail. */
export function patchCachedUser(client: QueryClient, id: string, patch: (user: User) => User): void {
  client.setQueriesData<ListUsersResult>({ queryKey: userManagementKeys.users.lists() }, (page) =>
    page?.users.some((user) => user.id === id)
      ? { ...page, users: page.users.map((user) => (user.id === id ? patch(user) : user)) }
      : page,
  );
  client.setQueryData<User>(userManagementKeys.users.detail(id), (user) => user && patch(user));
}

/** Internal: puts the server's copy of a user everywhere it is cached (new version included). */
export function setCachedUser(client: QueryClient, user: User): void {
  patchCachedUser(client, user.id, () => user);
}

/** Internal: drops a user from every cached list page holding them, one fewer in each total. */
export function removeCachedUser(client: QueryClient, id: string): void {
  client.setQueriesData<ListUsersResult>({ queryKey: userManagementKeys.users.lists() }, (page) =>
    page?.users.some((user) => user.id === id)
      ? { users: page.users.filter((user) => user.id !== id), total: Math.max(0, page.total - 1) }
      : page,
  );
}
