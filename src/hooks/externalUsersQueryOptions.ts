import type { UserManagementAdapter } from "../adapter/contract";
import { requireAdapterMethod } from "./callAdapter";
import { libraryQueryOptions } from "./libraryQueryOptions";
import { type PageListParams, toListParams } from "./listParams";
import { userManagementKeys } from "./userManagementKeys";

/**
 * Query options for one page of external users (`listExternalUsers`, R21). Fails with
 * `not_implemented` when the adapter lacks that capability; `useExternalUsers` does not run it then.
 */
export function externalUsersQueryOptions(adapter: UserManagementAdapter, params: PageListParams = {}) {
  const listParams = toListParams(params);
  return libraryQueryOptions(userManagementKeys.externalUsers.list(listParams), (signal) =>
    requireAdapterMethod(adapter, "listExternalUsers")({ ...listParams, signal }),
  );
}
