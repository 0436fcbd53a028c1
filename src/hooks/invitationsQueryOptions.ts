import type { UserManagementAdapter } from "../adapter/contract";
import { libraryQueryOptions } from "./libraryQueryOptions";
import { type PageListParams, toListParams } from "./listParams";
import { userManagementKeys } from "./userManagementKeys";

/** Query options for one page of pending and expired invitations (`listInvitations`, R12). */
export function invitationsQueryOptions(adapter: UserManagementAdapter, params: PageListParams = {}) {
  const listParams = toListParams(params);
  return libraryQueryOptions(userManagementKeys.invitations.list(listParams), (signal) =>
    adapter.listInvitations({ ...listParams, signal }),
  );
}
