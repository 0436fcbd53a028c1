import { type UseMutationResult, useMutation } from "@tanstack/react-query";
import type { UserManagementError } from "../core/errors";
import type { CacheSnapshot } from "./cacheSnapshot";
import { type DeleteUserVariables, deleteUserMutationOptions } from "./deleteUserMutationOptions";
import { useUserManagementContext } from "./useUserManagementContext";

/**
 * Deletes a user (R20), removing them from the list at once and restoring them if refused (R24). See {@link deleteUserMutationOptions}.
 * `error` is a typed UserManagementError: check its `code`.
 */
export function useDeleteUser(): UseMutationResult<void, UserManagementError, DeleteUserVariables, CacheSnapshot> {
  const { adapter, queryClient } = useUserManagementContext("useDeleteUser");
  return useMutation<void, UserManagementError, DeleteUserVariables, CacheSnapshot>(
    deleteUserMutationOptions(adapter, queryClient),
    queryClient,
  );
}
