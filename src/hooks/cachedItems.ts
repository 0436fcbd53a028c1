import type { QueryClient, QueryKey } from "@tanstack/react-query";
import type { User } from "../core/types";
import { userManagementKeys } from "./userManagementKeys";

type Page<F extends string, T> = { [K in F]: T[] } & { total: number };

/**
 * Internal: rewrites item `id` in every cached list page under `queryKey` that holds it (in the
 * page's `field` list). `change` returns the new item, or `undefined` to drop it, one fewer in
 * that page's total.
 */
export function updateCachedItem<F extends string, T extends { id: string }>(
  client: QueryClient,
  queryKey: QueryKey,
  field: F,
  id: string,
  change: (item: T) => T | undefined,
): void {
  client.setQueriesData<Page<F, T>>({ queryKey }, (page) => {
    const items = page?.[field];
    if (!page || !items?.some((item) => item.id === id)) return page;
    const next = items.flatMap((item) => (item.id === id ? (change(item) ?? []) : [item]));
    return { ...page, [field]: next, total: page.total + next.length - items.length };
  });
}

/** Internal: drops item `id` from every cached list page under `queryKey`; see {@link updateCachedItem}. */
export function removeCachedItem(client: QueryClient, queryKey: QueryKey, field: string, id: string): void {
  updateCachedItem(client, queryKey, field, id, () => undefined);
}

/** Internal: rewrites one user in every cached list page holding them and in their detail. */
export function patchCachedUser(client: QueryClient, id: string, patch: (user: User) => User): void {
  updateCachedItem(client, userManagementKeys.users.lists(), "users", id, patch);
  client.setQueryData<User>(userManagementKeys.users.detail(id), (user) => user && patch(user));
}
