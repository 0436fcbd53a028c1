import type { QueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { UserManagementAdapter } from "../adapter/contract";
import { managesUsers } from "../core/roles";
import { capabilitiesQueryOptions } from "./capabilitiesQueryOptions";
import { ownerCountQueryOptions, ownerRoleIds } from "./ownerCountQueryOptions";
import { roleModelQueryOptions } from "./roleModelQueryOptions";
import { sessionQueryOptions } from "./sessionQueryOptions";
import { usersQueryOptions } from "./usersQueryOptions";
import { useUserManagementContext } from "./useUserManagementContext";
import { initialUsersListParams, type UsersListState } from "./useUsersListState";

/** What {@link prefetchUsersPage} loads beyond the session: the first page of users, as a table with these settings asks. */
export interface PrefetchUsersPageOptions {
  /** Whether the page shows the users list; `false` loads only what permissions need. */
  users: boolean;
  /** The list's first state, as given to `useUsers` (e.g. its page size). */
  list?: Partial<UsersListState>;
}

/**
 * Internal: starts what a users page loads first, under the keys its hooks read. The session, the
 * role model and the capabilities go at once; as soon as the first two answer, and only for a
 * viewer who manages users (R8), the owner count (R19) and the first page of users go too. Without
 * it each step waits for a render of the part that needs it: the page renders its header, then the
 * table mounts, then the table asks for rows. Queries already cached are not asked again. Failures
 * are left to the hooks, which show them and retry.
 */
export function prefetchUsersPage(
  client: QueryClient,
  adapter: UserManagementAdapter,
  { users, list }: PrefetchUsersPageOptions,
): void {
  const session = client.ensureQueryData(sessionQueryOptions(adapter));
  const roleModel = client.ensureQueryData(roleModelQueryOptions(adapter));
  void client.prefetchQuery(capabilitiesQueryOptions(adapter));
  Promise.all([session, roleModel]).then(
    ([{ viewer }, { roles }]) => {
      if (!managesUsers(viewer, roles)) return;
      const owners = ownerRoleIds(roles);
      if (owners.length > 0) void client.prefetchQuery(ownerCountQueryOptions(adapter, owners));
      if (users) void client.prefetchQuery(usersQueryOptions(adapter, initialUsersListParams(list)));
    },
    () => {},
  );
}

/**
 * Internal: {@link prefetchUsersPage} once, during the first render of the component that calls it,
 * so the first requests leave before React commits and paints anything.
 */
export function usePrefetchUsersPage(hookName: string, options: PrefetchUsersPageOptions): void {
  const { adapter, queryClient } = useUserManagementContext(hookName);
  useState(() => prefetchUsersPage(queryClient, adapter, options));
}
