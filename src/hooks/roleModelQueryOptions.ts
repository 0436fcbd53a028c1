import type { UserManagementAdapter } from "../adapter/contract";
import { libraryQueryOptions } from "./libraryQueryOptions";
import { userManagementKeys } from "./userManagementKeys";

/** Role models are configuration: refetch them at most every five minutes unless invalidated. */
const ROLE_MODEL_STALE_TIME = 5 * 60 * 1000;

/** Query options for the roles and permission catalog in use (`getRoleModel`). */
export function roleModelQueryOptions(adapter: UserManagementAdapter) {
  return libraryQueryOptions(
    userManagementKeys.roleModel(),
    (signal) => adapter.getRoleModel({ signal }),
    ROLE_MODEL_STALE_TIME,
  );
}
