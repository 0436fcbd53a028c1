import type { QueryClient, UseMutationOptions } from "@tanstack/react-query";
import type { UserManagementAdapter, UserStatusParams } from "../adapter/contract";
import type { UserManagementError } from "../core/errors";
import type { User, UserStatus } from "../core/types";
import { patchCachedUser } from "./cachedItems";
import type { CacheSnapshot } from "./cacheSnapshot";
import { requireAdapterMethod } from "./callAdapter";
import { libraryMutationOptions } from "./libraryMutationOptions";
import { userManagementKeys } from "./userManagementKeys";

/** What `suspendUser` and `reactivateUser` are called with. */
export type UserStatusVariables = Omit<UserStatusParams, "signal">;

/** Internal: suspend and reactivate differ only in the method and the status they lead to. */
export function userStatusMutationOptions(
  adapter: UserManagementAdapter,
  queryClient: QueryClient,
  method: "suspendUser" | "reactivateUser",
  status: UserStatus,
): UseMutationOptions<User, UserManagementError, UserStatusVariables, CacheSnapshot> {
  return libraryMutationOptions(queryClient, {
    name: method,
    run: async (variables) => (await requireAdapterMethod(adapter, method)(variables)).user,
    // Lists filtered by status and the active-owner count (R19) change with it.
    invalidates: [userManagementKeys.users.all],
    optimistic: ({ id }) => patchCachedUser(queryClient, id, (user) => ({ ...user, status })),
    onSuccess: (user) => patchCachedUser(queryClient, user.id, () => user),
  });
}
