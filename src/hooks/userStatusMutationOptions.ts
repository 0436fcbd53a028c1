import type { QueryClient, UseMutationOptions } from "@tanstack/react-query";
import type { UserManagementAdapter, UserStatusParams } from "../adapter/contract";
import type { UserManagementError } from "../core/errors";
import type { User, UserStatus } from "../core/types";
import { type CacheSnapshot, restoreSnapshot, takeSnapshot } from "./cacheSnapshot";
import { callAdapter, requireAdapterMethod } from "./callAdapter";
import { refresh } from "./refresh";
import { patchCachedUser, setCachedUser } from "./userCache";
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
  return {
    mutationKey: userManagementKeys.mutation(method),
    mutationFn: (variables) =>
      callAdapter(async () => (await requireAdapterMethod(adapter, method)({ ...variables })).user),
    onMutate: async ({ id }) => {
      const snapshot = await takeSnapshot(queryClient, userManagementKeys.users.all);
      patchCachedUser(queryClient, id, (user) => ({ ...user, status }));
      return snapshot;
    },
    onError: (_error, _variables, snapshot) => restoreSnapshot(queryClient, snapshot),
    onSuccess: (user) => setCachedUser(queryClient, user),
    // Lists filtered by status and the active-owner count (R19) change with it.
    onSettled: () => refresh(queryClient, userManagementKeys.users.all),
  };
}
