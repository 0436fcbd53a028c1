import { queryOptions } from "@tanstack/react-query";
import type { RoleModelResult, UserManagementAdapter } from "../adapter/contract";
import type { UserManagementError } from "../core/errors";
import { callAdapter } from "./callAdapter";
import { userManagementKeys } from "./userManagementKeys";

/** Role models are configuration: refetch them at most every five minutes unless invalidated. */
const ROLE_MODEL_STALE_TIME = 5 * 60 * 1000;

/** Query options for the roles and permission catalog in use (`getRoleModel`). */
export function roleModelQueryOptions(adapter: UserManagementAdapter) {
  return queryOptions<
    RoleModelResult,
    UserManagementError,
    RoleModelResult,
    ReturnType<typeof userManagementKeys.roleModel>
  >({
    queryKey: userManagementKeys.roleModel(),
    queryFn: ({ signal }) => callAdapter(() => adapter.getRoleModel({ signal })),
    staleTime: ROLE_MODEL_STALE_TIME,
  });
}
