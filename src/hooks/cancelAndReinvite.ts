import type { InvitationResult, InviteOutcome, UserManagementAdapter } from "../adapter/contract";
import { UserManagementError, type UserManagementErrorCode } from "../core/errors";
import type { ReplaceInvitationVariables } from "./replaceInvitationMutationOptions";

/** What a refused re-invite becomes; the others (already a member, already invited) are conflicts. */
const refusalCodes: Partial<Record<InviteOutcome, UserManagementErrorCode>> = {
  invalid: "validation",
  seat_limit: "seat_limit",
};

/**
 * Internal: R14 for adapters without `replaceInvitation`: cancel, then invite with the new details.
 * Cancelling first frees the address and the seat; if the invite then fails, the old invitation
 * stays cancelled, and the error says so.
 */
export async function cancelAndReinvite(
  adapter: UserManagementAdapter,
  { id, invitee, roleId, permissions }: ReplaceInvitationVariables,
): Promise<InvitationResult> {
  await adapter.cancelInvitation({ id });
  const [result] = (await adapter.inviteUsers({ invitees: [invitee], roleId, permissions })).results;
  if (result?.outcome === "sent" && result.invitation) {
    return result.emailSent === undefined
      ? { invitation: result.invitation }
      : { invitation: result.invitation, emailSent: result.emailSent };
  }
  const reason = result?.message ?? "inviteUsers() returned no result for the address.";
  throw new UserManagementError(
    result ? (refusalCodes[result.outcome] ?? "conflict") : "malformed_response",
    `The old invitation was cancelled, but the new one was not sent: ${reason}`,
    { fieldErrors: result?.outcome === "invalid" ? { email: reason } : undefined },
  );
}
