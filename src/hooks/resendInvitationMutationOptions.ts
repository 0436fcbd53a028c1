import type { QueryClient, UseMutationOptions } from "@tanstack/react-query";
import type { ByIdParams, InvitationResult, UserManagementAdapter } from "../adapter/contract";
import type { UserManagementError } from "../core/errors";
import { updateCachedItem } from "./cachedItems";
import { libraryMutationOptions } from "./libraryMutationOptions";
import { userManagementKeys } from "./userManagementKeys";

/** What `resendInvitation` is called with. */
export type ResendInvitationVariables = Omit<ByIdParams, "signal">;

/**
 * Mutation options for resending an invitation (R13): a fresh link, a new expiry. Not optimistic
 * (the dates come from the server); the returned invitation replaces the cached one, then the
 * invitations are refreshed.
 */
export function resendInvitationMutationOptions(
  adapter: UserManagementAdapter,
  queryClient: QueryClient,
): UseMutationOptions<InvitationResult, UserManagementError, ResendInvitationVariables> {
  return libraryMutationOptions(queryClient, {
    name: "resendInvitation",
    run: (variables) => adapter.resendInvitation(variables),
    invalidates: [userManagementKeys.invitations.all],
    onSuccess: ({ invitation }) =>
      updateCachedItem(queryClient, userManagementKeys.invitations.all, "invitations", invitation.id, () => invitation),
  });
}
