import type { UserManagementAdapter } from "../adapter/contract";
import { libraryQueryOptions } from "./libraryQueryOptions";
import { toListParams, type UsersListParams } from "./listParams";
import { userManagementKeys } from "./userManagementKeys";

/**
 * Query options for one page of the user list (`listUsers`): searched, filtered and sorted by the
 * adapter (R1). TanStack's `signal` is passed on, so a superseded page request is cancelled.
 */
export function usersQueryOptions(adapter: UserManagementAdapter, params: UsersListParams) {
  const listParams = toListParams(params);
  return libraryQueryOptions(userManagementKeys.users.list(listParams), (signal) =>
    adapter.listUsers({ ...listParams, signal }),
  );
}
