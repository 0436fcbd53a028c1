import { type UseQueryResult, useQuery } from "@tanstack/react-query";
import type { RoleModelResult } from "../adapter/contract";
import type { UserManagementError } from "../core/errors";
import { roleModelQueryOptions } from "./roleModelQueryOptions";
import { useUserManagementContext } from "./useUserManagementContext";

/** The roles and permission catalog in use, as a TanStack query result. */
export function useRoleModel(): UseQueryResult<RoleModelResult, UserManagementError> {
  const { adapter, queryClient } = useUserManagementContext("useRoleModel");
  return useQuery(roleModelQueryOptions(adapter), queryClient);
}
