import type { UseMutationResult } from "@tanstack/react-query";
import type { InvitationResult } from "../adapter/contract";
import type { UserManagementError } from "../core/errors";
import { type ReplaceInvitationVariables, replaceInvitationMutationOptions } from "./replaceInvitationMutationOptions";
import { useLibraryMutation } from "./useLibraryMutation";

/**
 * Changes a pending invitation as cancel-and-reinvite in one step (R14), with a fallback for adapters lacking `replaceInvitation`. See {@link replaceInvitationMutationOptions}.
 * `error` is a typed UserManagementError: check its `code`.
 */
export function useReplaceInvitation(): UseMutationResult<
  InvitationResult,
  UserManagementError,
  ReplaceInvitationVariables,
  unknown
> {
  return useLibraryMutation("useReplaceInvitation", replaceInvitationMutationOptions);
}
