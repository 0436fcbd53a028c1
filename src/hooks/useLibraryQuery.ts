import { type QueryKey, type UseQueryOptions, type UseQueryResult, useQuery } from "@tanstack/react-query";
import type { UserManagementAdapter } from "../adapter/contract";
import type { UserManagementError } from "../core/errors";
import { useUserManagementContext } from "./useUserManagementContext";

/** Internal: runs query options made from the provider's adapter, in the provider's QueryClient. */
export function useLibraryQuery<TQueryFnData, TData, TKey extends QueryKey>(
  hookName: string,
  options: (adapter: UserManagementAdapter) => UseQueryOptions<TQueryFnData, UserManagementError, TData, TKey>,
): UseQueryResult<TData, UserManagementError> {
  const { adapter, queryClient } = useUserManagementContext(hookName);
  return useQuery(options(adapter), queryClient);
}
