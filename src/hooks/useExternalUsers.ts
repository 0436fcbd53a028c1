import { type UseMutationResult, useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { getAdapterCapabilities, type ListExternalUsersResult } from "../adapter/contract";
import type { UserManagementError } from "../core/errors";
import type { ExternalUser } from "../core/types";
import type { CacheSnapshot } from "./cacheSnapshot";
import { externalUsersQueryOptions } from "./externalUsersQueryOptions";
import { type ListQueryState, listQueryState } from "./listQueryState";
import type { RemoveExternalUserVariables } from "./removeExternalUserMutationOptions";
import type { UpdateExternalUserVariables } from "./updateExternalUserMutationOptions";
import { type PageState, usePageState } from "./usePageState";
import { useRemoveExternalUser } from "./useRemoveExternalUser";
import { useUpdateExternalUser } from "./useUpdateExternalUser";
import { useUserManagementContext } from "./useUserManagementContext";

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

const DEFAULT_PAGE_SIZE = 50;

/**
 * External users: people from other accounts who reach this one (R21), with changing their role
 * here and removing their access (R22), both optimistic and rolled back on failure (R24).
 */
export function useExternalUsers({ enabled = true, ...initial }: UseExternalUsersOptions = {}): UseExternalUsersResult {
  const { adapter, queryClient } = useUserManagementContext("useExternalUsers");
  const isSupported = useMemo(() => getAdapterCapabilities(adapter).externalUsers, [adapter]);
  const paging = usePageState(initial, DEFAULT_PAGE_SIZE);
  const query = useQuery(
    {
      ...externalUsersQueryOptions(adapter, { page: paging.page, pageSize: paging.pageSize }),
      enabled: enabled && isSupported,
    },
    queryClient,
  );
  return {
    ...paging,
    ...listQueryState(query, paging.pageSize),
    isSupported,
    externalUsers: query.data?.externalUsers ?? [],
    updateExternalUser: useUpdateExternalUser(),
    removeExternalUser: useRemoveExternalUser(),
  };
}
