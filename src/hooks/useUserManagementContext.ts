import { createContext, useContext } from "react";
import type { UserManagementContextValue } from "./UserManagementContext";

/** Internal: filled by `UserManagementProvider`, read through {@link useUserManagementContext}. */
export const UserManagementContext = /* @__PURE__ */ createContext<UserManagementContextValue | null>(null);

/** Internal: the provider's value, or a clear error naming what is missing. */
export function useUserManagementContext(hookName = "useUserManagementContext"): UserManagementContextValue {
  const value = useContext(UserManagementContext);
  if (value === null) {
    throw new Error(`${hookName} must be used inside <UserManagementProvider adapter={…}>.`);
  }
  return value;
}
