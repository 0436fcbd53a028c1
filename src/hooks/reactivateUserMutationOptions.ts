import type { QueryClient, UseMutationOptions } from "@tanstack/react-query";
import type { UserManagementAdapter } from "../adapter/contract";
import type { UserManagementError } from "../core/errors";
import type { User } from "../core/types";
import type { CacheSnapshot } from "./cacheSnapshot";
import { type UserStatusVariables, userStatusMutationOptions } from "./userStatusMutationOptions";

/**
 * Mutation options for reactivating a suspended user (R10). The row shows `active` at once and goes
 * back if the adapter refuses (R24). Fails with `not_implemented` when the adapter lacks `reactivateUser`.
 */
export function reactivateUserMutationOptions(
  adapter: UserManagementAdapter,
  queryClient: QueryClient,
): UseMutationOptions<User, UserManagementError, UserStatusVariables, CacheSnapshot> {
  return userStatusMutationOptions(adapter, queryClient, "reactivateUser", "active");
}
