import type { QueryClient } from "@tanstack/react-query";
import { createContext } from "react";
import type { UserManagementAdapter } from "../adapter/contract";

/** What the provider hands down: the backend, and the QueryClient every hook of ours uses. */
export interface UserManagementContextValue {
  adapter: UserManagementAdapter;
  queryClient: QueryClient;
}

/** Internal: read through `useUserManagementContext` / `useUserManagementAdapter`. */
export const UserManagementContext = /* @__PURE__ */ createContext<UserManagementContextValue | null>(null);
