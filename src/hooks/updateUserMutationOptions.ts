import type { QueryClient, UseMutationOptions } from "@tanstack/react-query";
import type { UpdateUserParams, UserManagementAdapter } from "../adapter/contract";
import type { UserManagementError } from "../core/errors";
import type { User } from "../core/types";
import { patchCachedUser } from "./cachedItems";
import type { CacheSnapshot } from "./cacheSnapshot";
import { definedFields } from "./definedFields";
import { libraryMutationOptions } from "./libraryMutationOptions";
import { userManagementKeys } from "./userManagementKeys";

/** What `updateUser` is called with: the user, the version the edit started from (R25), the changes. */
export type UpdateUserVariables = Omit<UpdateUserParams, "signal">;

/**
 * Mutation options for editing a user's profile, role or custom permissions. The change shows at
 * once in every cached list page and the detail, and is rolled back if the adapter refuses (R24);
 * a stale `version` fails with `conflict`, whose `current` holds the fresh record (R25).
 * Settling refreshes the user lists, details and the session (the viewer may have edited themself).
 */
export function updateUserMutationOptions(
  adapter: UserManagementAdapter,
  queryClient: QueryClient,
): UseMutationOptions<User, UserManagementError, UpdateUserVariables, CacheSnapshot> {
  return libraryMutationOptions(queryClient, {
    name: "updateUser",
    run: async (variables) => (await adapter.updateUser(variables)).user,
    invalidates: [userManagementKeys.users.all, userManagementKeys.session()],
    optimistic: ({ id, changes }) =>
      patchCachedUser(queryClient, id, (user) => ({ ...user, ...definedFields(changes) })),
    onSuccess: (user) => patchCachedUser(queryClient, user.id, () => user),
  });
}
