import type { ListPageParams, ListUsersParams } from "../adapter/contract";

/** What selects one page of the user list: the adapter's params without the per-request signal. */
export type UsersListParams = Omit<ListUsersParams, "signal">;

/** What selects one page of invitations or external users, without the per-request signal. */
export type PageListParams = Omit<ListPageParams, "signal">;

/**
 * Copies only the known fields, dropping `undefined` ones and any stray `signal`, so a query key
 * stays serialisable and two equal selections hash the same.
 */
export function toUsersListParams(params: UsersListParams): UsersListParams {
  const result: UsersListParams = { page: params.page, pageSize: params.pageSize };
  if (params.search !== undefined) result.search = params.search;
  if (params.sort !== undefined) result.sort = { field: params.sort.field, direction: params.sort.direction };
  if (params.roleIds !== undefined) result.roleIds = [...params.roleIds];
  if (params.statuses !== undefined) result.statuses = [...params.statuses];
  return result;
}

/** Same as {@link toUsersListParams}, for the smaller paged lists. */
export function toPageListParams(params: PageListParams = {}): PageListParams {
  const result: PageListParams = {};
  if (params.page !== undefined) result.page = params.page;
  if (params.pageSize !== undefined) result.pageSize = params.pageSize;
  return result;
}
