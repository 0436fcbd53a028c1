import type { UseMutationResult } from "@tanstack/react-query";
import type { UserManagementError } from "../core/errors";
import type { CacheSnapshot } from "./cacheSnapshot";
import { type DeleteUserVariables, deleteUserMutationOptions } from "./deleteUserMutationOptions";
import { useLibraryMutation } from "./useLibraryMutation";

/**
 * Deletes a user (R20), removing them from the list at once and restoring them if refused (R24). See {@link deleteUserMutationOptions}.
 * `error` is a typed UserManagementError: check its `code`.
 */
export function useDeleteUser(): UseMutationResult<void, UserManagementError, DeleteUserVariables, CacheSnapshot> {
  return useLibraryMutation("useDeleteUser", deleteUserMutationOptions);
}
