import type { UseMutationResult } from "@tanstack/react-query";
import type { UserManagementError } from "../core/errors";
import type { User } from "../core/types";
import type { CacheSnapshot } from "./cacheSnapshot";
import { type UpdateUserVariables, updateUserMutationOptions } from "./updateUserMutationOptions";
import { useLibraryMutation } from "./useLibraryMutation";

/**
 * Edits a user's profile, role or custom permissions, optimistically (R24); a stale version fails with `conflict` (R25). See {@link updateUserMutationOptions}.
 * `error` is a typed UserManagementError: check its `code`.
 */
export function useUpdateUser(): UseMutationResult<User, UserManagementError, UpdateUserVariables, CacheSnapshot> {
  return useLibraryMutation("useUpdateUser", updateUserMutationOptions);
}
