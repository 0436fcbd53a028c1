import type { UseMutationResult } from "@tanstack/react-query";
import type { ListExternalUsersResult } from "../adapter/contract";
import type { UserManagementError } from "../core/errors";
import type { ExternalUser } from "../core/types";
import type { CacheSnapshot } from "./cacheSnapshot";
import { externalUsersQueryOptions } from "./externalUsersQueryOptions";
import { type ListQueryState, listQueryState } from "./listQueryState";
import type { RemoveExternalUserVariables } from "./removeExternalUserMutationOptions";
import type { UpdateExternalUserVariables } from "./updateExternalUserMutationOptions";
import { useAdapterCapabilities } from "./useAdapterCapabilities";
import { useLibraryQuery } from "./useLibraryQuery";
import { type PageState, usePageState } from "./usePageState";
import { useRemoveExternalUser } from "./useRemoveExternalUser";
import { useUpdateExternalUser } from "./useUpdateExternalUser";

/** Options of {@link useExternalUsers}. */
export interface UseExternalUsersOptions {
  /** Default 1. */
  page?: number;
  /** Default 50. */
  pageSize?: number;
  /** `false` to fetch nothing. Default `true` (but never when the adapter lacks external users). */
  enabled?: boolean;
}

/** What {@link useExternalUsers} returns: the page, its paging, and the external user mutations. */
export interface UseExternalUsersResult extends PageState, ListQueryState<ListExternalUsersResult> {
  /** `false` when the adapter does not implement external users: nothing is fetched, hide the section. */
  isSupported: boolean;
  /** External users of the current page, each with their home account (R21). */
  externalUsers: ExternalUser[];
  updateExternalUser: UseMutationResult<ExternalUser, UserManagementError, UpdateExternalUserVariables, CacheSnapshot>;
  removeExternalUser: UseMutationResult<void, UserManagementError, RemoveExternalUserVariables, CacheSnapshot>;
}

/**
 * External users: people from other accounts who reach this one (R21), with changing their role
 * here and removing their access (R22), both optimistic and rolled back on failure (R24).
 */
export function useExternalUsers({ enabled = true, ...initial }: UseExternalUsersOptions = {}): UseExternalUsersResult {
  const isSupported = useAdapterCapabilities().capabilities.externalUsers;
  const paging = usePageState(initial);
  const { page, pageSize } = paging;
  const query = useLibraryQuery("useExternalUsers", (adapter) => ({
    ...externalUsersQueryOptions(adapter, { page, pageSize }),
    enabled: enabled && isSupported,
  }));
  return {
    ...paging,
    ...listQueryState(query, pageSize),
    isSupported,
    externalUsers: query.data?.externalUsers ?? [],
    updateExternalUser: useUpdateExternalUser(),
    removeExternalUser: useRemoveExternalUser(),
  };
}
