import type { UseMutationResult } from "@tanstack/react-query";
import type { UserManagementError } from "../core/errors";
import type { CacheSnapshot } from "./cacheSnapshot";
import { type CancelInvitationVariables, cancelInvitationMutationOptions } from "./cancelInvitationMutationOptions";
import { useLibraryMutation } from "./useLibraryMutation";

/**
 * Cancels an invitation (R13), removing it from the list at once and restoring it if refused (R24). See {@link cancelInvitationMutationOptions}.
 * `error` is a typed UserManagementError: check its `code`.
 */
export function useCancelInvitation(): UseMutationResult<
  void,
  UserManagementError,
  CancelInvitationVariables,
  CacheSnapshot
> {
  return useLibraryMutation("useCancelInvitation", cancelInvitationMutationOptions);
}
