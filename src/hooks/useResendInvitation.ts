import type { UseMutationResult } from "@tanstack/react-query";
import type { InvitationResult } from "../adapter/contract";
import type { UserManagementError } from "../core/errors";
import { type ResendInvitationVariables, resendInvitationMutationOptions } from "./resendInvitationMutationOptions";
import { useLibraryMutation } from "./useLibraryMutation";

/**
 * Resends an invitation with a fresh link and expiry (R13). See {@link resendInvitationMutationOptions}.
 * `error` is a typed UserManagementError: check its `code`.
 */
export function useResendInvitation(): UseMutationResult<
  InvitationResult,
  UserManagementError,
  ResendInvitationVariables,
  unknown
> {
  return useLibraryMutation("useResendInvitation", resendInvitationMutationOptions);
}
