import type { QueryClient, UseMutationOptions } from "@tanstack/react-query";
import type { UpdateExternalUserParams, UserManagementAdapter } from "../adapter/contract";
import type { UserManagementError } from "../core/errors";
import type { ExternalUser } from "../core/types";
import { type CacheSnapshot, restoreSnapshot, takeSnapshot } from "./cacheSnapshot";
import { callAdapter, requireAdapterMethod } from "./callAdapter";
import { patchCachedExternalUser } from "./externalUserCache";
import { refresh } from "./refresh";
import { userManagementKeys } from "./userManagementKeys";

/** What `updateExternalUser` is called with: their role here, and the version edited (R22, R25). */
export type UpdateExternalUserVariables = Omit<UpdateExternalUserParams, "signal">;

/**
 * Mutation options for changing an external user's role and permissions in this account (R22).
 * The new role shows at once and is rolled back if the adapter refuses (R24). Fails with
 * `not_implemented` when the adapter lacks `updateExternalUser`.
 */
export function updateExternalUserMutationOptions(
  adapter: UserManagementAdapter,
  queryClient: QueryClient,
): UseMutationOptions<ExternalUser, UserManagementError, UpdateExternalUserVariables, CacheSnapshot> {
  return {
    mutationKey: userManagementKeys.mutation("updateExternalUser"),
    mutationFn: (variables) =>
      callAdapter(
        async () => (await requireAdapterMethod(adapter, "updateExternalUser")({ ...variables })).externalUser,
      ),
    onMutate: async ({ id, roleId, permissions }) => {
      const snapshot = await takeSnapshot(queryClient, userManagementKeys.externalUsers.all);
      patchCachedExternalUser(queryClient, id, (externalUser) => ({
        ...externalUser,
        roleId,
        permissions: permissions ?? externalUser.permissions,
      }));
      return snapshot;
    },
    onError: (_error, _variables, snapshot) => restoreSnapshot(queryClient, snapshot),
    onSuccess: (externalUser) => patchCachedExternalUser(queryClient, externalUser.id, () => externalUser),
    onSettled: () => refresh(queryClient, userManagementKeys.externalUsers.all),
  };
}
