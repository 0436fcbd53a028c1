import { queryOptions } from "@tanstack/react-query";
import type { UserManagementAdapter } from "../adapter/contract";
import type { UserManagementError } from "../core/errors";
import type { User } from "../core/types";
import { callAdapter } from "./callAdapter";
import { userManagementKeys } from "./userManagementKeys";

/** Query options for one user (`getUser`); the cached data is the user itself. */
export function userQueryOptions(adapter: UserManagementAdapter, id: string) {
  return queryOptions<User, UserManagementError, User, ReturnType<typeof userManagementKeys.users.detail>>({
    queryKey: userManagementKeys.users.detail(id),
    queryFn: ({ signal }) => callAdapter(async () => (await adapter.getUser({ id, signal })).user),
  });
}
