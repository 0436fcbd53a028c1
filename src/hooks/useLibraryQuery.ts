import { type QueryKey, type UseQueryOptions, type UseQueryResult, useQuery } from "@tanstack/react-query";
import type { UserManagementAdapter } from "../adapter/contract";
import type { UserManagementError } from "../core/errors";
import { useRenderOnCacheWrite } from "./useRenderOnCacheWrite";
import { useUserManagementContext } from "./useUserManagementContext";

/**
 * Internal: runs query options made from the provider's adapter, in the provider's QueryClient.
 * A change written to the query's cached data, such as an optimistic one, renders in the task that
 * wrote it ({@link useRenderOnCacheWrite}).
 */
export function useLibraryQuery<TQueryFnData, TData, TKey extends QueryKey>(
  hookName: string,
  options: (adapter: UserManagementAdapter) => UseQueryOptions<TQueryFnData, UserManagementError, TData, TKey>,
): UseQueryResult<TData, UserManagementError> {
  const { adapter, queryClient } = useUserManagementContext(hookName);
  const made = options(adapter);
  useRenderOnCacheWrite(queryClient, made.queryKey);
  return useQuery(made, queryClient);
}
