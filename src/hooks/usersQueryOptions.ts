import { queryOptions } from "@tanstack/react-query";
import type { ListUsersResult, UserManagementAdapter } from "../adapter/contract";
import type { UserManagementError } from "../core/errors";
import { callAdapter } from "./callAdapter";
import { toUsersListParams, type UsersListParams } from "./listParams";
import { userManagementKeys } from "./userManagementKeys";

/**
 * Query options for one page of the user list (`listUsers`): searched, filtered and sorted by the
 * adapter (R1). TanStack's `signal` is passed on, so a superseded page request is cancelled.
 */
export function usersQueryOptions(adapter: UserManagementAdapter, params: UsersListParams) {
  const listParams = toUsersListParams(params);
  return queryOptions<
    ListUsersResult,
    UserManagementError,
    ListUsersResult,
    ReturnType<typeof userManagementKeys.users.list>
  >({
    queryKey: userManagementKeys.users.list(listParams),
    queryFn: ({ signal }) => callAdapter(() => adapter.listUsers({ ...listParams, signal })),
  });
}
