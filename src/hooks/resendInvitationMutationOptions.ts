import type { QueryClient, UseMutationOptions } from "@tanstack/react-query";
import type { ByIdParams, UserManagementAdapter } from "../adapter/contract";
import type { UserManagementError } from "../core/errors";
import type { Invitation } from "../core/types";
import { callAdapter } from "./callAdapter";
import { setCachedInvitation } from "./invitationCache";
import { refresh } from "./refresh";
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
): UseMutationOptions<Invitation, UserManagementError, ResendInvitationVariables> {
  return {
    mutationKey: userManagementKeys.mutation("resendInvitation"),
    mutationFn: (variables) => callAdapter(async () => (await adapter.resendInvitation({ ...variables })).invitation),
    onSuccess: (invitation) => setCachedInvitation(queryClient, invitation),
    onSettled: () => refresh(queryClient, userManagementKeys.invitations.all),
  };
}
