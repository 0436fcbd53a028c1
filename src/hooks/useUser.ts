import type { UseQueryResult } from "@tanstack/react-query";
import type { UserManagementError } from "../core/errors";
import type { User } from "../core/types";
import { useLibraryQuery } from "./useLibraryQuery";
import { userQueryOptions } from "./userQueryOptions";

/**
 * One user, e.g. for an edit form. Optimistic edits and the server's answers to them show here
 * too. Pass `undefined` to wait (nothing is fetched until there is an id).
 */
export function useUser(id: string | undefined): UseQueryResult<User, UserManagementError> {
  return useLibraryQuery("useUser", (adapter) => ({
    ...userQueryOptions(adapter, id ?? ""),
    enabled: id !== undefined,
  }));
}
