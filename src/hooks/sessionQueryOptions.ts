import { queryOptions } from "@tanstack/react-query";
import type { SessionResult, UserManagementAdapter } from "../adapter/contract";
import type { UserManagementError } from "../core/errors";
import { callAdapter } from "./callAdapter";
import { userManagementKeys } from "./userManagementKeys";

/**
 * Query options for the viewer and their account (`getSession`): seats used, plan, who is looking.
 * Use with `useQuery`, `prefetchQuery` or `ensureQueryData`.
 */
export function sessionQueryOptions(adapter: UserManagementAdapter) {
  return queryOptions<SessionResult, UserManagementError, SessionResult, ReturnType<typeof userManagementKeys.session>>(
    {
      queryKey: userManagementKeys.session(),
      queryFn: ({ signal }) => callAdapter(() => adapter.getSession({ signal })),
    },
  );
}
