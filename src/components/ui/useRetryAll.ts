import { userManagementKeys } from "../../hooks/userManagementKeys";
import { useUserManagementContext } from "../../hooks/useUserManagementContext";

/**
 * A retry for a failed load whose cause may be any of several queries (the session, the role
 * model, the owner count (R19), a list): refetches every active query of the library.
 */
export function useRetryAll(): () => void {
  const { queryClient } = useUserManagementContext();
  return () => void queryClient.refetchQueries({ queryKey: userManagementKeys.all, type: "active" });
}
