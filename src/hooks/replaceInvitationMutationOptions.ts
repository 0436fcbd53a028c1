import type { QueryClient, UseMutationOptions } from "@tanstack/react-query";
import type { InvitationResult, ReplaceInvitationParams, UserManagementAdapter } from "../adapter/contract";
import type { UserManagementError } from "../core/errors";
import { removeCachedItem } from "./cachedItems";
import { cancelAndReinvite } from "./cancelAndReinvite";
import { libraryMutationOptions } from "./libraryMutationOptions";
import { userManagementKeys } from "./userManagementKeys";

/** What `replaceInvitation` is called with: the invitation to replace and the new details. */
export type ReplaceInvitationVariables = Omit<ReplaceInvitationParams, "signal">;

/**
 * Mutation options for "changing" a pending invitation (R14): cancel it and send a new one, in one
 * step. Uses the adapter's `replaceInvitation` when it has one; otherwise cancels then invites,
 * which is not atomic: if the new invitation cannot be sent, the old one stays cancelled and the
 * error message says so. On success the old invitation leaves the cached lists at once (as a
 * cancel does), so its row is gone when the dialog closes; settling refreshes invitations and the
 * session (seats, R1).
 */
export function replaceInvitationMutationOptions(
  adapter: UserManagementAdapter,
  queryClient: QueryClient,
): UseMutationOptions<InvitationResult, UserManagementError, ReplaceInvitationVariables> {
  return libraryMutationOptions(queryClient, {
    name: "replaceInvitation",
    run: (variables) =>
      adapter.replaceInvitation ? adapter.replaceInvitation(variables) : cancelAndReinvite(adapter, variables),
    invalidates: [userManagementKeys.invitations.all, userManagementKeys.session()],
    onSuccess: (_created, { id }) =>
      removeCachedItem(queryClient, userManagementKeys.invitations.all, "invitations", id),
  });
}
