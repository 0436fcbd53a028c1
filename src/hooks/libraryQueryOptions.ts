import { type QueryKey, queryOptions } from "@tanstack/react-query";
import type { UserManagementError } from "../core/errors";
import { callAdapter } from "./callAdapter";

/**
 * How long an answer counts as fresh. Parts of a page mount one after another (a section whose code
 * loads on first use, a dialog): within this window they read what is cached instead of asking the
 * adapter again, and re-rendering every row for the same answer. Changes made here invalidate what
 * they affect at once; changes made elsewhere show on the next fetch after the window (window focus,
 * a new page, a remount).
 */
export const LIBRARY_STALE_TIME = 30_000;

/**
 * Internal: options of one of this library's queries. The adapter gets TanStack's `signal`, so a
 * superseded request is cancelled; the key carries the data type to the QueryClient.
 */
export function libraryQueryOptions<TData, TKey extends QueryKey>(
  queryKey: TKey,
  run: (signal: AbortSignal) => Promise<TData>,
  staleTime = LIBRARY_STALE_TIME,
) {
  // Extra options go inside queryOptions(): spreading its result would widen the declared type
  // into TanStack internals that our .d.ts cannot name.
  return queryOptions<TData, UserManagementError, TData, TKey>({
    queryKey,
    queryFn: ({ signal }) => callAdapter(() => run(signal)),
    staleTime,
  });
}
