import type { UseMutationResult } from "@tanstack/react-query";
import type { UserManagementError } from "../core/errors";
import type { User } from "../core/types";
import type { CacheSnapshot } from "./cacheSnapshot";
import { reactivateUserMutationOptions } from "./reactivateUserMutationOptions";
import { useLibraryMutation } from "./useLibraryMutation";
import type { UserStatusVariables } from "./userStatusMutationOptions";

/**
 * Reactivates a suspended user (R10), optimistically (R24). See {@link reactivateUserMutationOptions}.
 * `error` is a typed UserManagementError: check its `code`.
 */
export function useReactivateUser(): UseMutationResult<User, UserManagementError, UserStatusVariables, CacheSnapshot> {
  return useLibraryMutation("useReactivateUser", reactivateUserMutationOptions);
}
