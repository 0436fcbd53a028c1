import type { QueryClient, UseMutationOptions } from "@tanstack/react-query";
import type { ByIdParams, UserManagementAdapter } from "../adapter/contract";
import type { UserManagementError } from "../core/errors";
import { removeCachedItem } from "./cachedItems";
import type { CacheSnapshot } from "./cacheSnapshot";
import { requireAdapterMethod } from "./callAdapter";
import { libraryMutationOptions } from "./libraryMutationOptions";
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
  return libraryMutationOptions(queryClient, {
    name: "removeExternalUser",
    run: (variables) => requireAdapterMethod(adapter, "removeExternalUser")(variables),
    invalidates: [userManagementKeys.externalUsers.all],
    optimistic: ({ id }) => removeCachedItem(queryClient, userManagementKeys.externalUsers.all, "externalUsers", id),
  });
}
