import type { QueryClient } from "@tanstack/react-query";
import { type ReactNode, useContext } from "react";
import type { UserManagementAdapter } from "../../adapter/contract";
import { UserManagementProvider } from "../../hooks/UserManagementProvider";
import { UserManagementContext } from "../../hooks/useUserManagementContext";

/** Props of {@link OptionalProvider}. */
export interface OptionalProviderProps {
  /** The component's name, for the error thrown when there is no adapter at all. */
  component: string;
  /** The adapter passed to the component, if any. */
  adapter?: UserManagementAdapter;
  /** The QueryClient passed to the component, if any. */
  queryClient?: QueryClient;
  children?: ReactNode;
}

/**
 * Internal: lets a component that takes `adapter` also work inside an enclosing
 * `UserManagementProvider`. Renders a provider only when the component was given an adapter or a
 * QueryClient of its own (an enclosing provider's adapter is kept when only a client is given);
 * otherwise the enclosing provider serves as is. With neither, throws an error naming the
 * component, so the mistake reads as the host wrote it.
 */
export function OptionalProvider({ component, adapter, queryClient, children }: OptionalProviderProps) {
  const enclosing = useContext(UserManagementContext);
  const resolved = adapter ?? enclosing?.adapter;
  if (resolved === undefined) {
    throw new Error(
      `<${component}> needs an adapter: pass adapter={…} or render it inside <UserManagementProvider adapter={…}>.`,
    );
  }
  if (adapter === undefined && queryClient === undefined) return <>{children}</>;
  return (
    <UserManagementProvider adapter={resolved} queryClient={queryClient}>
      {children}
    </UserManagementProvider>
  );
}
