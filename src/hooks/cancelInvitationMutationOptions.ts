import type { QueryClient, UseMutationOptions } from "@tanstack/react-query";
import type { ByIdParams, UserManagementAdapter } from "../adapter/contract";
import type { UserManagementError } from "../core/errors";
import { type CacheSnapshot, restoreSnapshot, takeSnapshot } from "./cacheSnapshot";
import { callAdapter } from "./callAdapter";
import { removeCachedInvitation } from "./invitationCache";
import { refresh } from "./refresh";
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
  return {
    mutationKey: userManagementKeys.mutation("cancelInvitation"),
    mutationFn: (variables) => callAdapter(() => adapter.cancelInvitation({ ...variables })),
    onMutate: async ({ id }) => {
      const snapshot = await takeSnapshot(queryClient, userManagementKeys.invitations.all);
      removeCachedInvitation(queryClient, id);
      return snapshot;
    },
    onError: (_error, _variables, snapshot) => restoreSnapshot(queryClient, snapshot),
    onSettled: () => refresh(queryClient, userManagementKeys.invitations.all, userManagementKeys.session()),
  };
}
