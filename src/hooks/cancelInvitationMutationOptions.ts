import type { QueryClient, UseMutationOptions } from "@tanstack/react-query";
import type { ByIdParams, UserManagementAdapter } from "../adapter/contract";
import type { UserManagementError } from "../core/errors";
import { removeCachedItem } from "./cachedItems";
import type { CacheSnapshot } from "./cacheSnapshot";
import { libraryMutationOptions } from "./libraryMutationOptions";
import { userManagementKeys } from "./userManagementKeys";

/** What `cancelInvitation` is called with. */
export type CancelInvitationVariables = Omit<ByIdParams, "signal">;

/**
 * Mutation options for cancelling an invitation (R13). It leaves the cached lists at once and comes
 * back if the adapter refuses (R24). Settling refreshes invitations and the session (a seat frees, R1).
 */
export function cancelInvitationMutationOptions(
  adapter: UserManagementAdapter,
  queryClient: QueryClient,
): UseMutationOptions<void, UserManagementError, CancelInvitationVariables, CacheSnapshot> {
  return libraryMutationOptions(queryClient, {
    name: "cancelInvitation",
    run: (variables) => adapter.cancelInvitation(variables),
    invalidates: [userManagementKeys.invitations.all, userManagementKeys.session()],
    optimistic: ({ id }) => removeCachedItem(queryClient, userManagementKeys.invitations.all, "invitations", id),
  });
}
