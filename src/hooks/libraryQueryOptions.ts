import { type QueryKey, queryOptions } from "@tanstack/react-query";
import type { UserManagementError } from "../core/errors";
import { callAdapter } from "./callAdapter";

/**
 * Internal: options of one of this library's queries. The adapter gets TanStack's `signal`, so a
 * superseded request is cancelled; the key carries the data type to the QueryClient.
 */
export function libraryQueryOptions<TData, TKey extends QueryKey>(
  queryKey: TKey,
  run: (signal: AbortSignal) => Promise<TData>,
  staleTime?: number,
) {
  // Extra options go inside queryOptions(): spreading its result would widen the declared type
  // into TanStack internals that our .d.ts cannot name.
  return queryOptions<TData, UserManagementError, TData, TKey>({
    queryKey,
    queryFn: ({ signal }) => callAdapter(() => run(signal)),
    ...(staleTime === undefined ? {} : { staleTime }),
  });
}
