import type { UseQueryResult } from "@tanstack/react-query";
import type { UserManagementError } from "../core/errors";

/** The state every paged list hook returns beside its items. */
export interface ListQueryState<R> {
  /** How many match in all, across pages; at least this many when `totalIsLowerBound`. */
  total: number;
  /** The backend stopped counting (past its count limit): "10,000+", and the last page is not known. */
  totalIsLowerBound: boolean;
  /** At least 1, so "page 1 of 1" reads right for an empty list. */
  pageCount: number;
  /** No page has loaded yet. */
  isPending: boolean;
  /** A request is in flight (first load, new page, or background refresh). */
  isFetching: boolean;
  error: UserManagementError | null;
  refetch: UseQueryResult<R, UserManagementError>["refetch"];
}

/** Reads a paged list query into {@link ListQueryState}. */
export function listQueryState<R extends { total: number; totalIsLowerBound?: boolean }>(
  query: UseQueryResult<R, UserManagementError>,
  pageSize: number,
): ListQueryState<R> {
  const total = query.data?.total ?? 0;
  return {
    total,
    totalIsLowerBound: query.data?.totalIsLowerBound === true,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
    isPending: query.isPending,
    isFetching: query.isFetching,
    error: query.error,
    refetch: query.refetch,
  };
}
