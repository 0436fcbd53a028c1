import { queryOptions } from "@tanstack/react-query";
import type { ListExternalUsersResult, UserManagementAdapter } from "../adapter/contract";
import type { UserManagementError } from "../core/errors";
import { callAdapter, requireAdapterMethod } from "./callAdapter";
import { type PageListParams, toPageListParams } from "./listParams";
import { userManagementKeys } from "./userManagementKeys";

/**
 * Query options for one page of external users (`listExternalUsers`, R21). Fails with
 * `not_implemented` when the adapter lacks that capability; `useExternalUsers` does not run it then.
 */
export function externalUsersQueryOptions(adapter: UserManagementAdapter, params: PageListParams = {}) {
  const listParams = toPageListParams(params);
  return queryOptions<
    ListExternalUsersResult,
    UserManagementError,
    ListExternalUsersResult,
    ReturnType<typeof userManagementKeys.externalUsers.list>
  >({
    queryKey: userManagementKeys.externalUsers.list(listParams),
    queryFn: ({ signal }) =>
      callAdapter(() => requireAdapterMethod(adapter, "listExternalUsers")({ ...listParams, signal })),
  });
}
