import type { UseQueryResult } from "@tanstack/react-query";
import type { RoleModelResult } from "../adapter/contract";
import type { UserManagementError } from "../core/errors";
import { roleModelQueryOptions } from "./roleModelQueryOptions";
import { useLibraryQuery } from "./useLibraryQuery";

/** The roles and permission catalog in use, as a TanStack query result. */
export function useRoleModel(): UseQueryResult<RoleModelResult, UserManagementError> {
  return useLibraryQuery("useRoleModel", roleModelQueryOptions);
}
