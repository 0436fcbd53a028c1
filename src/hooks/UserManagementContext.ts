import type { QueryClient } from "@tanstack/react-query";
import type { UserManagementAdapter } from "../adapter/contract";

/** What the provider hands down: the backend, and the QueryClient every hook of ours uses. */
export interface UserManagementContextValue {
  adapter: UserManagementAdapter;
  queryClient: QueryClient;
}
