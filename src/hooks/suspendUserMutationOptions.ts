import type { QueryClient, UseMutationOptions } from "@tanstack/react-query";
import type { UserManagementAdapter } from "../adapter/contract";
import type { UserManagementError } from "../core/errors";
import type { User } from "../core/types";
import type { CacheSnapshot } from "./cacheSnapshot";
import { type UserStatusVariables, userStatusMutationOptions } from "./userStatusMutationOptions";

/**
 * Mutation options for suspending a user (R10). The row shows `suspended` at once and goes back to
 * its old status if the adapter refuses (R24), e.g. `last_owner` (R19) or `self_action` (R18).
 * Fails with `not_implemented` when the adapter lacks `suspendUser`.
 */
export function suspendUserMutationOptions(
  adapter: UserManagementAdapter,
  queryClient: QueryClient,
): UseMutationOptions<User, UserManagementError, UserStatusVariables, CacheSnapshot> {
  return userStatusMutationOptions(adapter, queryClient, "suspendUser", "suspended");
}
