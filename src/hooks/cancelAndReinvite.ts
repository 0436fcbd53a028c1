import type { InviteResult, UserManagementAdapter } from "../adapter/contract";
import { UserManagementError } from "../core/errors";
import type { Invitation } from "../core/types";
import type { ReplaceInvitationVariables } from "./replaceInvitationMutationOptions";

const lost = "The old invitation was cancelled, but the new one was not sent";

/** Internal: why the re-invite of a fallback replace did not produce an invitation. */
function notSent(result: InviteResult | undefined): UserManagementError {
  if (result === undefined) {
    return new UserManagementError("malformed_response", `${lost}: inviteUsers() returned no result for the address.`);
  }
  const message = `${lost}: ${result.message}`;
  switch (result.outcome) {
    case "invalid":
      return new UserManagementError("validation", message, { fieldErrors: { email: result.message } });
    case "seat_limit":
      return new UserManagementError("seat_limit", message);
    default:
      return new UserManagementError("conflict", message);
  }
}

/**
 * Internal: R14 for adapters without `replaceInvitation`: cancel, then invite with the new details.
 * Cancelling first frees the address and the seat; if the invite then fails, the old invitation
 * stays cancelled, and the error says so.
 */
export async function cancelAndReinvite(
  adapter: UserManagementAdapter,
  { id, invitee, roleId, permissions }: ReplaceInvitationVariables,
): Promise<Invitation> {
  await adapter.cancelInvitation({ id });
  const { results } = await adapter.inviteUsers(
    permissions === undefined ? { invitees: [invitee], roleId } : { invitees: [invitee], roleId, permissions },
  );
  const result = results[0];
  if (result?.outcome === "sent" && result.invitation) return result.invitation;
  throw notSent(result);
}
