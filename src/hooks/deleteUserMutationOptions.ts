import type { QueryClient, UseMutationOptions } from "@tanstack/react-query";
import type { ByIdParams, UserManagementAdapter } from "../adapter/contract";
import type { UserManagementError } from "../core/errors";
import { type CacheSnapshot, restoreSnapshot, takeSnapshot } from "./cacheSnapshot";
import { callAdapter } from "./callAdapter";
import { refresh } from "./refresh";
import { removeCachedUser } from "./userCache";
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
  return {
    mutationKey: userManagementKeys.mutation("deleteUser"),
    mutationFn: (variables) => callAdapter(() => adapter.deleteUser({ ...variables })),
    onMutate: async ({ id }) => {
      const snapshot = await takeSnapshot(queryClient, userManagementKeys.users.lists());
      removeCachedUser(queryClient, id);
      return snapshot;
    },
    onError: (_error, _variables, snapshot) => restoreSnapshot(queryClient, snapshot),
    onSuccess: (_data, { id }) => queryClient.removeQueries({ queryKey: userManagementKeys.users.detail(id) }),
    onSettled: () => refresh(queryClient, userManagementKeys.users.lists(), userManagementKeys.session()),
  };
}
