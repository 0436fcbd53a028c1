import type { QueryClient, UseMutationOptions } from "@tanstack/react-query";
import type { UpdateUserParams, UserChanges, UserManagementAdapter } from "../adapter/contract";
import type { UserManagementError } from "../core/errors";
import type { User } from "../core/types";
import { type CacheSnapshot, restoreSnapshot, takeSnapshot } from "./cacheSnapshot";
import { callAdapter } from "./callAdapter";
import { refresh } from "./refresh";
import { patchCachedUser, setCachedUser } from "./userCache";
import { userManagementKeys } from "./userManagementKeys";

/** What `updateUser` is called with: the user, the version the edit started from (R25), the changes. */
export type UpdateUserVariables = Omit<UpdateUserParams, "signal">;

const applyChanges = (user: User, changes: UserChanges): User => {
  const next = { ...user };
  if (changes.firstName !== undefined) next.firstName = changes.firstName;
  if (changes.lastName !== undefined) next.lastName = changes.lastName;
  if (changes.email !== undefined) next.email = changes.email;
  if (changes.roleId !== undefined) next.roleId = changes.roleId;
  if (changes.permissions !== undefined) next.permissions = changes.permissions;
  return next;
};

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
  return {
    mutationKey: userManagementKeys.mutation("updateUser"),
    mutationFn: (variables) => callAdapter(async () => (await adapter.updateUser({ ...variables })).user),
    onMutate: async ({ id, changes }) => {
      const snapshot = await takeSnapshot(queryClient, userManagementKeys.users.all);
      patchCachedUser(queryClient, id, (user) => applyChanges(user, changes));
      return snapshot;
    },
    onError: (_error, _variables, snapshot) => restoreSnapshot(queryClient, snapshot),
    onSuccess: (user) => setCachedUser(queryClient, user),
    onSettled: () => refresh(queryClient, userManagementKeys.users.all, userManagementKeys.session()),
  };
}
