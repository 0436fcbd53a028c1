import type { QueryClient, QueryKey } from "@tanstack/react-query";
import { useCallback, useSyncExternalStore } from "react";

/**
 * Internal: renders the component in the very task that changes this query's data in the cache.
 * TanStack's result is read afresh on every render, so `useQuery` beside it then shows the change.
 *
 * Why: TanStack tells `useQuery` of a cache change in a task of its own (its notify scheduler, a
 * timer, global and the host's too), which the browser runs after the frame that was already due.
 * An optimistic change made by a click (suspend, a new role, a removal) would show a frame late,
 * 17 ms on a 60 Hz screen. The cache's own listeners are told at once, in the write itself, and a
 * store read through `useSyncExternalStore` renders before the click's task ends, in time for the
 * next frame. One mechanism for every query and every optimistic change.
 */
export function useRenderOnCacheWrite(queryClient: QueryClient, queryKey: QueryKey): void {
  const cache = queryClient.getQueryCache();
  // As the cache hashes it, with a host's own `queryKeyHashFn` if its client sets one.
  const hash = queryClient.defaultQueryOptions({ queryKey }).queryHash;
  const subscribe = useCallback(
    (onChange: () => void) =>
      cache.subscribe((event) => {
        if (event.type === "updated" && event.query.queryHash === hash) onChange();
      }),
    [cache, hash],
  );
  // The data alone: React renders when it is another object, not on every fetch-state change.
  const read = () => cache.get(hash)?.state.data;
  useSyncExternalStore(subscribe, read, read);
}
