import type { QueryClient, QueryKey } from "@tanstack/react-query";
import type { User } from "../core/types";
import { userManagementKeys } from "./userManagementKeys";

type Page<F extends string, T> = { [K in F]: T[] } & { total: number };

/**
 * Internal: rewrites item `id` in every cached list page under `queryKey` that holds it (in the
 * page's `field` list). `change` returns the new item, or `undefined` to drop it, one fewer in
 * that page's total. Pages without the item are left as they are: their observers hear nothing,
 * and each page is read once, up to the item.
 */
export function updateCachedItem<F extends string, T extends { id: string }>(
  client: QueryClient,
  queryKey: QueryKey,
  field: F,
  id: string,
  change: (item: T) => T | undefined,
): void {
  for (const [key, page] of client.getQueriesData<Page<F, T>>({ queryKey })) {
    const items = page?.[field];
    const at = items?.findIndex((item) => item.id === id) ?? -1;
    if (!page || !items || at < 0) continue;
    const changed = change(items[at] as T);
    const next = [...items.slice(0, at), ...(changed ? [changed] : []), ...items.slice(at + 1)];
    client.setQueryData<Page<F, T>>(key, { ...page, [field]: next, total: page.total + next.length - items.length });
  }
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
