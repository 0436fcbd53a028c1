import type { UseQueryResult } from "@tanstack/react-query";
import type { SessionResult } from "../adapter/contract";
import type { UserManagementError } from "../core/errors";
import { sessionQueryOptions } from "./sessionQueryOptions";
import { useLibraryQuery } from "./useLibraryQuery";

/** The viewer and their account (plan, seats used), as a TanStack query result. */
export function useSession(): UseQueryResult<SessionResult, UserManagementError> {
  return useLibraryQuery("useSession", sessionQueryOptions);
}
