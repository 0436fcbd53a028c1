import type { ListPageParams, ListUsersParams } from "../adapter/contract";

/** What selects one page of the user list: the adapter's params without the per-request signal. */
export type UsersListParams = Omit<ListUsersParams, "signal">;

/** What selects one page of invitations or external users, without the per-request signal. */
export type PageListParams = Omit<ListPageParams, "signal">;

const selectsNothing = (value: unknown) =>
  value === undefined || value === "" || (Array.isArray(value) && value.length === 0);

/**
 * Drops any stray `signal` (a query key stays serialisable) and the fields that select nothing:
 * `undefined`, an empty search, an empty filter. So two equal selections hash the same, and a
 * host's prefetch meets the hooks' own queries.
 */
export function toListParams<P extends UsersListParams | PageListParams>(params: P): P {
  return Object.fromEntries(
    Object.entries(params).filter(([key, value]) => key !== "signal" && !selectsNothing(value)),
  ) as P;
}
