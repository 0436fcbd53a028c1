import type { UseMutationResult } from "@tanstack/react-query";
import type { UserManagementError } from "../core/errors";
import type { Invitation } from "../core/types";
import { type ResendInvitationVariables, resendInvitationMutationOptions } from "./resendInvitationMutationOptions";
import { useLibraryMutation } from "./useLibraryMutation";

/**
 * Resends an invitation with a fresh link and expiry (R13). See {@link resendInvitationMutationOptions}.
 * `error` is a typed UserManagementError: check its `code`.
 */
export function useResendInvitation(): UseMutationResult<
  Invitation,
  UserManagementError,
  ResendInvitationVariables,
  unknown
> {
  return useLibraryMutation("useResendInvitation", resendInvitationMutationOptions);
}
