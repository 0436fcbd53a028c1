import type { QueryClient } from "@tanstack/react-query";
import { userManagementKeys } from "../../hooks/userManagementKeys";

/** The prefix of every mutation key of this library (see `userManagementKeys.mutation`). */
const MUTATIONS = [...userManagementKeys.all, "mutation"];

/** Which items have one of this library's requests pending, as every row's menu reads it. */
export interface BusyItems {
  subscribe(changed: () => void): () => void;
  has(id: string): boolean;
}

const stores = new WeakMap<QueryClient, BusyItems>();

/**
 * One query client's busy items: the ids carried by this library's pending mutations, read in one
 * pass over the mutation cache after each of its changes and shared by every menu. Each menu
 * filtering the cache itself cost a page of 25 rows 25 passes per change (1 to 1.6 ms of a confirm
 * click, bench:browser's trace). Read from the cache's own events: `useIsMutating` of the oldest
 * TanStack 5 the peer range allows (5.0) can miss a mutation that turns pending after the first
 * render.
 */
export function busyItems(client: QueryClient): BusyItems {
  const known = stores.get(client);
  if (known) return known;
  const listeners = new Set<() => void>();
  let stopListening: (() => void) | undefined;
  // Recomputed when read after a change; always, while nothing listens to the cache.
  let ids: Set<unknown> | undefined;
  const read = () => {
    if (ids && stopListening) return ids;
    const pending = client.getMutationCache().findAll({ mutationKey: MUTATIONS, status: "pending" });
    // Every row request's variables carry the item's id. Ids of two kinds of item could meet on some
    // backend: the menu would then only wait for the other's answer too, sending nothing.
    ids = new Set(pending.map(({ state }) => (state.variables as { id?: unknown } | undefined)?.id));
    return ids;
  };
  const store: BusyItems = {
    subscribe(changed) {
      listeners.add(changed);
      stopListening ??= client.getMutationCache().subscribe(() => {
        ids = undefined;
        for (const listener of [...listeners]) listener();
      });
      return () => {
        listeners.delete(changed);
        if (listeners.size > 0) return;
        stopListening?.();
        stopListening = undefined;
      };
    },
    has: (id) => read().has(id),
  };
  stores.set(client, store);
  return store;
}
