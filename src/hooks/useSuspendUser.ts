import type { UseMutationResult } from "@tanstack/react-query";
import type { UserManagementError } from "../core/errors";
import type { User } from "../core/types";
import type { CacheSnapshot } from "./cacheSnapshot";
import { suspendUserMutationOptions } from "./suspendUserMutationOptions";
import { useLibraryMutation } from "./useLibraryMutation";
import type { UserStatusVariables } from "./userStatusMutationOptions";

/**
 * Suspends a user (R10), showing the new status at once and rolling back if refused (R24). See {@link suspendUserMutationOptions}.
 * `error` is a typed UserManagementError: check its `code`.
 */
export function useSuspendUser(): UseMutationResult<User, UserManagementError, UserStatusVariables, CacheSnapshot> {
  return useLibraryMutation("useSuspendUser", suspendUserMutationOptions);
}
