import type { UseMutationResult } from "@tanstack/react-query";
import type { InvitationResult, InviteUsersResult, ListInvitationsResult } from "../adapter/contract";
import type { UserManagementError } from "../core/errors";
import type { Invitation } from "../core/types";
import type { CacheSnapshot } from "./cacheSnapshot";
import type { CancelInvitationVariables } from "./cancelInvitationMutationOptions";
import { invitationsQueryOptions } from "./invitationsQueryOptions";
import type { InviteUsersVariables } from "./inviteUsersMutationOptions";
import { type ListQueryState, listQueryState } from "./listQueryState";
import type { ReplaceInvitationVariables } from "./replaceInvitationMutationOptions";
import type { ResendInvitationVariables } from "./resendInvitationMutationOptions";
import { useCancelInvitation } from "./useCancelInvitation";
import { useInviteUsers } from "./useInviteUsers";
import { useLibraryQuery } from "./useLibraryQuery";
import { type PageState, usePageState } from "./usePageState";
import { useReplaceInvitation } from "./useReplaceInvitation";
import { useResendInvitation } from "./useResendInvitation";

/** Options of {@link useInvitations}. */
export interface UseInvitationsOptions {
  /** Default 1. */
  page?: number;
  /** Default 50. */
  pageSize?: number;
  /** `false` to fetch nothing, e.g. for a viewer who may not see invitations. Default `true`. */
  enabled?: boolean;
}

/** What {@link useInvitations} returns: the page, its paging, and the invitation mutations. */
export interface UseInvitationsResult extends PageState, ListQueryState<ListInvitationsResult> {
  /** Pending and expired invitations of the current page (R12). */
  invitations: Invitation[];
  inviteUsers: UseMutationResult<InviteUsersResult, UserManagementError, InviteUsersVariables, unknown>;
  resendInvitation: UseMutationResult<InvitationResult, UserManagementError, ResendInvitationVariables, unknown>;
  cancelInvitation: UseMutationResult<void, UserManagementError, CancelInvitationVariables, CacheSnapshot>;
  /** R14: cancel and reinvite in one step; works even when the adapter lacks `replaceInvitation`. */
  replaceInvitation: UseMutationResult<InvitationResult, UserManagementError, ReplaceInvitationVariables, unknown>;
}

/**
 * Pending and expired invitations, listed apart from users (R12), with invite (R11), resend and
 * cancel (R13) and change (R14). Cancelling is optimistic and rolls back on failure (R24).
 */
export function useInvitations({ enabled = true, ...initial }: UseInvitationsOptions = {}): UseInvitationsResult {
  const paging = usePageState(initial);
  const { page, pageSize } = paging;
  const query = useLibraryQuery("useInvitations", (adapter) => ({
    ...invitationsQueryOptions(adapter, { page, pageSize }),
    enabled,
  }));
  return {
    ...paging,
    ...listQueryState(query, pageSize),
    invitations: query.data?.invitations ?? [],
    inviteUsers: useInviteUsers(),
    resendInvitation: useResendInvitation(),
    cancelInvitation: useCancelInvitation(),
    replaceInvitation: useReplaceInvitation(),
  };
}
