import type { UseMutationResult } from "@tanstack/react-query";
import type { UserManagementError } from "../core/errors";
import type { CacheSnapshot } from "./cacheSnapshot";
import {
  type RemoveExternalUserVariables,
  removeExternalUserMutationOptions,
} from "./removeExternalUserMutationOptions";
import { useLibraryMutation } from "./useLibraryMutation";

/**
 * Removes an external user's access here (R22), optimistically (R24). See {@link removeExternalUserMutationOptions}.
 * `error` is a typed UserManagementError: check its `code`.
 */
export function useRemoveExternalUser(): UseMutationResult<
  void,
  UserManagementError,
  RemoveExternalUserVariables,
  CacheSnapshot
> {
  return useLibraryMutation("useRemoveExternalUser", removeExternalUserMutationOptions);
}
