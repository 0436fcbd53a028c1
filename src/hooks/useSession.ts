import { type UseQueryResult, useQuery } from "@tanstack/react-query";
import type { SessionResult } from "../adapter/contract";
import type { UserManagementError } from "../core/errors";
import { sessionQueryOptions } from "./sessionQueryOptions";
import { useUserManagementContext } from "./useUserManagementContext";

/** The viewer and their account (plan, seats used), as a TanStack query result. */
export function useSession(): UseQueryResult<SessionResult, UserManagementError> {
  const { adapter, queryClient } = useUserManagementContext("useSession");
  return useQuery(sessionQueryOptions(adapter), queryClient);
}
