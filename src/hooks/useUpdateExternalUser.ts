import type { UseMutationResult } from "@tanstack/react-query";
import type { UserManagementError } from "../core/errors";
import type { ExternalUser } from "../core/types";
import type { CacheSnapshot } from "./cacheSnapshot";
import {
  type UpdateExternalUserVariables,
  updateExternalUserMutationOptions,
} from "./updateExternalUserMutationOptions";
import { useLibraryMutation } from "./useLibraryMutation";

/**
 * Changes an external user's role here (R22), optimistically (R24). See {@link updateExternalUserMutationOptions}.
 * `error` is a typed UserManagementError: check its `code`.
 */
export function useUpdateExternalUser(): UseMutationResult<
  ExternalUser,
  UserManagementError,
  UpdateExternalUserVariables,
  CacheSnapshot
> {
  return useLibraryMutation("useUpdateExternalUser", updateExternalUserMutationOptions);
}
