import { type UseMutationResult, useMutation } from "@tanstack/react-query";
import type { UserManagementError } from "../core/errors";
import type { Invitation } from "../core/types";
import { type ResendInvitationVariables, resendInvitationMutationOptions } from "./resendInvitationMutationOptions";
import { useUserManagementContext } from "./useUserManagementContext";

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
  const { adapter, queryClient } = useUserManagementContext("useResendInvitation");
  return useMutation<Invitation, UserManagementError, ResendInvitationVariables, unknown>(
    resendInvitationMutationOptions(adapter, queryClient),
    queryClient,
  );
}
