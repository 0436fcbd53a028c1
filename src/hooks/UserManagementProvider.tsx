import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { type ReactNode, useMemo, useState } from "react";
import type { UserManagementAdapter } from "../adapter/contract";
import { UserManagementContext } from "./UserManagementContext";
import { useHostQueryClient } from "./useHostQueryClient";

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
 * `userManagementKeys`; otherwise creates one, once, for the provider's lifetime.
 *
 * @example
 * ```tsx
 * <UserManagementProvider adapter={createMemoryAdapter()}>
 *   <UsersPage />
 * </UserManagementProvider>
 * ```
 */
export function UserManagementProvider({ adapter, queryClient, children }: UserManagementProviderProps) {
  const hostClient = useHostQueryClient();
  // Created only when neither a prop nor a host client exists; kept across re-renders.
  const [ownClient] = useState(() => ((queryClient ?? hostClient) ? undefined : new QueryClient()));
  const client = queryClient ?? hostClient ?? ownClient;
  if (client === undefined) {
    // Only reachable if the host's QueryClientProvider disappears while we stay mounted.
    throw new Error("UserManagementProvider lost its QueryClient; pass `queryClient` explicitly.");
  }
  const value = useMemo(() => ({ adapter, queryClient: client }), [adapter, client]);
  const content = <UserManagementContext.Provider value={value}>{children}</UserManagementContext.Provider>;
  // Re-provide only a client that is not already the one in context, so host hooks below see ours too.
  return client === hostClient ? content : <QueryClientProvider client={client}>{content}</QueryClientProvider>;
}
