import type { QueryClient, UseMutationOptions } from "@tanstack/react-query";
import type { ByIdParams, UserManagementAdapter } from "../adapter/contract";
import type { UserManagementError } from "../core/errors";
import { type CacheSnapshot, restoreSnapshot, takeSnapshot } from "./cacheSnapshot";
import { callAdapter, requireAdapterMethod } from "./callAdapter";
import { removeCachedExternalUser } from "./externalUserCache";
import { refresh } from "./refresh";
import { userManagementKeys } from "./userManagementKeys";

/** What `removeExternalUser` is called with. */
export type RemoveExternalUserVariables = Omit<ByIdParams, "signal">;

/**
 * Mutation options for removing an external user's access to this account (R22). They leave the
 * cached lists at once and come back if the adapter refuses (R24). Fails with `not_implemented`
 * when the adapter lacks `removeExternalUser`.
 */
export function removeExternalUserMutationOptions(
  adapter: UserManagementAdapter,
  queryClient: QueryClient,
): UseMutationOptions<void, UserManagementError, RemoveExternalUserVariables, CacheSnapshot> {
  return {
    mutationKey: userManagementKeys.mutation("removeExternalUser"),
    mutationFn: (variables) => callAdapter(() => requireAdapterMethod(adapter, "removeExternalUser")({ ...variables })),
    onMutate: async ({ id }) => {
      const snapshot = await takeSnapshot(queryClient, userManagementKeys.externalUsers.all);
      removeCachedExternalUser(queryClient, id);
      return snapshot;
    },
    onError: (_error, _variables, snapshot) => restoreSnapshot(queryClient, snapshot),
    onSettled: () => refresh(queryClient, userManagementKeys.externalUsers.all),
  };
}
