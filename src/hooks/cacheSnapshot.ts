import type { QueryClient, QueryKey } from "@tanstack/react-query";

/**
 * What the cache held before an optimistic change: the `onMutate` result of the optimistic
 * mutations, which their `onError` restores (R24).
 */
export type CacheSnapshot = ReadonlyArray<readonly [QueryKey, unknown]>;

/**
 * Internal: stops in-flight fetches under these keys (so they cannot overwrite the optimistic
 * change) and records what the cache holds, for {@link restoreSnapshot}.
 */
export async function takeSnapshot(client: QueryClient, ...queryKeys: QueryKey[]): Promise<CacheSnapshot> {
  await Promise.all(queryKeys.map((queryKey) => client.cancelQueries({ queryKey })));
  return queryKeys.flatMap((queryKey) => client.getQueriesData({ queryKey }));
}

/** Internal: R24: puts back what {@link takeSnapshot} recorded, undoing an optimistic change. */
export function restoreSnapshot(client: QueryClient, snapshot: CacheSnapshot | undefined): void {
  for (const [queryKey, data] of snapshot ?? []) client.setQueryData(queryKey, data);
}
