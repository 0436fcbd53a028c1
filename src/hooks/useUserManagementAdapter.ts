import type { UserManagementAdapter } from "../adapter/contract";
import { useUserManagementContext } from "./useUserManagementContext";

/**
 * The adapter given to the nearest {@link UserManagementProvider}, for calls the hooks do not cover.
 *
 * @throws Error when used outside a `UserManagementProvider`.
 */
export function useUserManagementAdapter(): UserManagementAdapter {
  return useUserManagementContext("useUserManagementAdapter").adapter;
}
