import { type QueryClient, type UseMutationOptions, type UseMutationResult, useMutation } from "@tanstack/react-query";
import type { UserManagementAdapter } from "../adapter/contract";
import type { UserManagementError } from "../core/errors";
import { useUserManagementContext } from "./useUserManagementContext";

/** Internal: runs one of the `…MutationOptions` factories with the provider's adapter and QueryClient. */
export function useLibraryMutation<TData, TVariables, TContext>(
  hookName: string,
  options: (
    adapter: UserManagementAdapter,
    queryClient: QueryClient,
  ) => UseMutationOptions<TData, UserManagementError, TVariables, TContext>,
): UseMutationResult<TData, UserManagementError, TVariables, TContext> {
  const { adapter, queryClient } = useUserManagementContext(hookName);
  return useMutation(options(adapter, queryClient), queryClient);
}
