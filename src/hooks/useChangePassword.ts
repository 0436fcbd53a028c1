import { type UseMutationResult, useMutation } from "@tanstack/react-query";
import type { UserManagementError } from "../core/errors";

import { type ChangePasswordVariables, changePasswordMutationOptions } from "./changePasswordMutationOptions";
import { useUserManagementContext } from "./useUserManagementContext";

/**
 * Changes a user's password; for someone else, with the actor's own password (R17). See {@link changePasswordMutationOptions}.
 * `error` is a typed UserManagementError: check its `code`.
 */
export function useChangePassword(): UseMutationResult<void, UserManagementError, ChangePasswordVariables, unknown> {
  const { adapter, queryClient } = useUserManagementContext("useChangePassword");
  return useMutation<void, UserManagementError, ChangePasswordVariables, unknown>(
    changePasswordMutationOptions(adapter),
    queryClient,
  );
}
