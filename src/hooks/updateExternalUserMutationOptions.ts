import type { QueryClient, UseMutationOptions } from "@tanstack/react-query";
import type { UpdateExternalUserParams, UserManagementAdapter } from "../adapter/contract";
import type { UserManagementError } from "../core/errors";
import type { ExternalUser } from "../core/types";
import { updateCachedItem } from "./cachedItems";
import type { CacheSnapshot } from "./cacheSnapshot";
import { requireAdapterMethod } from "./callAdapter";
import { libraryMutationOptions } from "./libraryMutationOptions";
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
  const patch = (id: string, change: (externalUser: ExternalUser) => ExternalUser) =>
    updateCachedItem(queryClient, userManagementKeys.externalUsers.all, "externalUsers", id, change);
  return libraryMutationOptions(queryClient, {
    name: "updateExternalUser",
    run: async (variables) => (await requireAdapterMethod(adapter, "updateExternalUser")(variables)).externalUser,
    invalidates: [userManagementKeys.externalUsers.all],
    optimistic: ({ id, roleId, permissions }) =>
      patch(id, (externalUser) => ({ ...externalUser, roleId, permissions: permissions ?? externalUser.permissions })),
    onSuccess: (externalUser) => patch(externalUser.id, () => externalUser),
  });
}
