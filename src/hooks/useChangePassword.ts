import type { UseMutationResult } from "@tanstack/react-query";
import type { UserManagementError } from "../core/errors";
import { type ChangePasswordVariables, changePasswordMutationOptions } from "./changePasswordMutationOptions";
import { useLibraryMutation } from "./useLibraryMutation";

/**
 * Changes a user's password; for someone else, with the actor's own password (R17). See {@link changePasswordMutationOptions}.
 * `error` is a typed UserManagementError: check its `code`.
 */
export function useChangePassword(): UseMutationResult<void, UserManagementError, ChangePasswordVariables, unknown> {
  return useLibraryMutation("useChangePassword", changePasswordMutationOptions);
}
