import type { QueryClient, UseMutationOptions } from "@tanstack/react-query";
import type { InviteUsersParams, InviteUsersResult, UserManagementAdapter } from "../adapter/contract";
import type { UserManagementError } from "../core/errors";
import { libraryMutationOptions } from "./libraryMutationOptions";
import { userManagementKeys } from "./userManagementKeys";

/** What `inviteUsers` is called with: the people and the role they get (R11). */
export type InviteUsersVariables = Omit<InviteUsersParams, "signal">;

/**
 * Mutation options for inviting people (R11). Not optimistic: each address gets its own outcome
 * from the adapter, read them from the result. Settling refreshes invitations and the session
 * (seats used, R1).
 */
export function inviteUsersMutationOptions(
  adapter: UserManagementAdapter,
  queryClient: QueryClient,
): UseMutationOptions<InviteUsersResult, UserManagementError, InviteUsersVariables> {
  return libraryMutationOptions(queryClient, {
    name: "inviteUsers",
    run: (variables) => adapter.inviteUsers(variables),
    invalidates: [userManagementKeys.invitations.all, userManagementKeys.session()],
  });
}
