import { QueryClient, QueryClientContext, QueryClientProvider } from "@tanstack/react-query";
import { type ReactNode, useContext, useMemo, useState } from "react";
import type { UserManagementAdapter } from "../adapter/contract";
import { isRetryableError } from "../core/errors";
import { UserManagementContext } from "./useUserManagementContext";

/** Retries of a load that failed on a fault (network, timeout, unavailable), in our own client. */
const MAX_RETRIES = 2;

/** Props of {@link UserManagementProvider}. */
export interface UserManagementProviderProps {
  /** The backend: the memory adapter, a REST adapter, or your own. */
  adapter: UserManagementAdapter;
  /**
   * The QueryClient to cache in. Defaults to the host app's (from an enclosing
   * `QueryClientProvider`), and only when there is none to one of our own.
   */
  queryClient?: QueryClient;
  children?: ReactNode;
}

/**
 * Makes an adapter available to every hook and component of this library below it. Shares the
 * host app's QueryClient when there is one, so the host can prefetch and invalidate with
 * `userManagementKeys`; otherwise uses one of its own, kept for the provider's lifetime.
 *
 * @example
 * ```tsx
 * <UserManagementProvider adapter={createMemoryAdapter()}>
 *   <UsersPage />
 * </UserManagementProvider>
 * ```
 */
export function UserManagementProvider({ adapter, queryClient, children }: UserManagementProviderProps) {
  // TanStack's context read directly: `useQueryClient()` throws when the host has no client.
  const hostClient = useContext(QueryClientContext);
  // Made on first render even if a client is given: an unused QueryClient costs next to nothing (it
  // does no work until a QueryClientProvider mounts it), and this one is there if the host's goes.
  const [ownClient] = useState(
    () =>
      // Our own client retries only faults: a refusal (forbidden, validation…) answers the same again.
      new QueryClient({
        defaultOptions: { queries: { retry: (failures, error) => failures < MAX_RETRIES && isRetryableError(error) } },
      }),
  );
  const client = queryClient ?? hostClient ?? ownClient;
  const value = useMemo(() => ({ adapter, queryClient: client }), [adapter, client]);
  const content = <UserManagementContext.Provider value={value}>{children}</UserManagementContext.Provider>;
  // Re-provide only a client that is not already the one in context, so host hooks below see ours too.
  return client === hostClient ? content : <QueryClientProvider client={client}>{content}</QueryClientProvider>;
}
