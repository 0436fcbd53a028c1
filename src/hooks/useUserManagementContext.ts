import { useContext } from "react";
import { UserManagementContext, type UserManagementContextValue } from "./UserManagementContext";

/** Internal: the provider's value, or a clear error naming what is missing. */
export function useUserManagementContext(hookName = "useUserManagementContext"): UserManagementContextValue {
  const value = useContext(UserManagementContext);
  if (value === null) {
    throw new Error(
      `${hookName} must be used inside <UserManagementProvider adapter={…}>. Wrap the part of your app that manages users in it.`,
    );
  }
  return value;
}
