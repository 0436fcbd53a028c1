import type { QueryClient } from "@tanstack/react-query";
import type { ListExternalUsersResult } from "../adapter/contract";
import type { ExternalUser } from "../core/types";
import { userManagementKeys } from "./userManagementKeys";

/** Internal: rewrites one external user in every cached page holding them. */
export function patchCachedExternalUser(
  client: QueryClient,
  id: string,
  patch: (externalUser: ExternalUser) => ExternalUser,
): void {
  client.setQueriesData<ListExternalUsersResult>({ queryKey: userManagementKeys.externalUsers.all }, (page) =>
    page?.externalUsers.some((externalUser) => externalUser.id === id)
      ? { ...page, externalUsers: page.externalUsers.map((each) => (each.id === id ? patch(each) : each)) }
      : page,
  );
}

/** Internal: drops an external user from every cached page holding them, one fewer in each total. */
export function removeCachedExternalUser(client: QueryClient, id: string): void {
  client.setQueriesData<ListExternalUsersResult>({ queryKey: userManagementKeys.externalUsers.all }, (page) =>
    page?.externalUsers.some((externalUser) => externalUser.id === id)
      ? {
          externalUsers: page.externalUsers.filter((externalUser) => externalUser.id !== id),
          total: Math.max(0, page.total - 1),
        }
      : page,
  );
}
