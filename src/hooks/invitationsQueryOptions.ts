import { queryOptions } from "@tanstack/react-query";
import type { ListInvitationsResult, UserManagementAdapter } from "../adapter/contract";
import type { UserManagementError } from "../core/errors";
import { callAdapter } from "./callAdapter";
import { type PageListParams, toPageListParams } from "./listParams";
import { userManagementKeys } from "./userManagementKeys";

/** Query options for one page of pending and expired invitations (`listInvitations`, R12). */
export function invitationsQueryOptions(adapter: UserManagementAdapter, params: PageListParams = {}) {
  const listParams = toPageListParams(params);
  return queryOptions<
    ListInvitationsResult,
    UserManagementError,
    ListInvitationsResult,
    ReturnType<typeof userManagementKeys.invitations.list>
  >({
    queryKey: userManagementKeys.invitations.list(listParams),
    queryFn: ({ signal }) => callAdapter(() => adapter.listInvitations({ ...listParams, signal })),
  });
}
