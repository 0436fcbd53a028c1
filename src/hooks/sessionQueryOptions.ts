import type { UserManagementAdapter } from "../adapter/contract";
import { libraryQueryOptions } from "./libraryQueryOptions";
import { userManagementKeys } from "./userManagementKeys";

/**
 * Query options for the viewer and their account (`getSession`): seats used, plan, who is looking.
 * Use with `useQuery`, `prefetchQuery` or `ensureQueryData`.
 */
export function sessionQueryOptions(adapter: UserManagementAdapter) {
  return libraryQueryOptions(userManagementKeys.session(), (signal) => adapter.getSession({ signal }));
}
