import type { QueryClient } from "@tanstack/react-query";
import type { ListInvitationsResult } from "../adapter/contract";
import type { Invitation } from "../core/types";
import { userManagementKeys } from "./userManagementKeys";

/** Internal: drops an invitation from every cached page holding it, one fewer in each total. */
export function removeCachedInvitation(client: QueryClient, id: string): void {
  client.setQueriesData<ListInvitationsResult>({ queryKey: userManagementKeys.invitations.all }, (page) =>
    page?.invitations.some((invitation) => invitation.id === id)
      ? {
          invitations: page.invitations.filter((invitation) => invitation.id !== id),
          total: Math.max(0, page.total - 1),
        }
      : page,
  );
}

/** Internal: puts the server's copy of an invitation (e.g. resent, R13) everywhere it is cached. */
export function setCachedInvitation(client: QueryClient, invitation: Invitation): void {
  client.setQueriesData<ListInvitationsResult>({ queryKey: userManagementKeys.invitations.all }, (page) =>
    page?.invitations.some((cached) => cached.id === invitation.id)
      ? { ...page, invitations: page.invitations.map((cached) => (cached.id === invitation.id ? invitation : cached)) }
      : page,
  );
}
