import type { UseMutationResult } from "@tanstack/react-query";
import type { InviteUsersResult } from "../adapter/contract";
import type { UserManagementError } from "../core/errors";
import { type InviteUsersVariables, inviteUsersMutationOptions } from "./inviteUsersMutationOptions";
import { useLibraryMutation } from "./useLibraryMutation";

/**
 * Invites people by email (R11); read each address's outcome from the result. See {@link inviteUsersMutationOptions}.
 * `error` is a typed UserManagementError: check its `code`.
 */
export function useInviteUsers(): UseMutationResult<
  InviteUsersResult,
  UserManagementError,
  InviteUsersVariables,
  unknown
> {
  return useLibraryMutation("useInviteUsers", inviteUsersMutationOptions);
}
