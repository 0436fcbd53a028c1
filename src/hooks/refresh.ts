import type { QueryClient, QueryKey } from "@tanstack/react-query";

/**
 * Internal: marks these queries stale and refetches the ones on screen. Not awaited by the
 * mutations on purpose: their result, and above all their error (R24), shows at once rather
 * than after a possibly slow refetch.
 */
export function refresh(client: QueryClient, ...queryKeys: QueryKey[]): void {
  for (const queryKey of queryKeys) void client.invalidateQueries({ queryKey });
}
