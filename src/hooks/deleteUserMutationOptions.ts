import type { QueryClient, UseMutationOptions } from "@tanstack/react-query";
import type { ByIdParams, UserManagementAdapter } from "../adapter/contract";
import type { UserManagementError } from "../core/errors";
import { removeCachedItem } from "./cachedItems";
import type { CacheSnapshot } from "./cacheSnapshot";
import { libraryMutationOptions } from "./libraryMutationOptions";
import { userManagementKeys } from "./userManagementKeys";

/** What `deleteUser` is called with. */
export type DeleteUserVariables = Omit<ByIdParams, "signal">;

/**
 * Mutation options for deleting a user (R20). The user leaves every cached list page at once (one
 * fewer in its total) and comes back if the adapter refuses (R24). Settling refreshes the user
 * lists and the session, whose seat count drops (R1).
 */
export function deleteUserMutationOptions(
  adapter: UserManagementAdapter,
  queryClient: QueryClient,
): UseMutationOptions<void, UserManagementError, DeleteUserVariables, CacheSnapshot> {
  return libraryMutationOptions(queryClient, {
    name: "deleteUser",
    run: (variables) => adapter.deleteUser(variables),
    invalidates: [userManagementKeys.users.lists(), userManagementKeys.session()],
    optimistic: ({ id }) => removeCachedItem(queryClient, userManagementKeys.users.lists(), "users", id),
    onSuccess: (_data, { id }) => queryClient.removeQueries({ queryKey: userManagementKeys.users.detail(id) }),
  });
}
