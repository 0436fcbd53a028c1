import type { UserManagementAdapter } from "../adapter/contract";
import { libraryQueryOptions } from "./libraryQueryOptions";
import { userManagementKeys } from "./userManagementKeys";

/** Query options for one user (`getUser`); the cached data is the user itself. */
export function userQueryOptions(adapter: UserManagementAdapter, id: string) {
  return libraryQueryOptions(
    userManagementKeys.users.detail(id),
    async (signal) => (await adapter.getUser({ id, signal })).user,
  );
}
