import { normalizeEmail } from "../../core/email";
import type { AdapterContext, Caller } from "./adapterContext";
import type { BetterAuthInvitation } from "./betterAuthApi";
import { fromBetterAuthError, isBetterAuthCode, readBetterAuthError } from "./betterAuthErrors";
import { isExpired, pendingInvitations } from "./invitationReads";

/** What sending one invitation gave: the stored invitation (`emailSent: false` when its mail failed, R30). */
export type SentInvitation = { invitation: BetterAuthInvitation; emailSent?: false } | "alreadyMember";

/**
 * R30: Better Auth stores an invitation before it runs `sendInvitationEmail`, and throws when that
 * throws. Looks for the invitation the failed call left behind: `undefined` when none was stored.
 */
async function storedDespite(
  context: AdapterContext,
  caller: Caller,
  email: string,
  before: readonly BetterAuthInvitation[],
): Promise<BetterAuthInvitation | undefined> {
  const key = normalizeEmail(email);
  const seen = new Map(before.map((invitation) => [invitation.id, new Date(invitation.expiresAt).getTime()]));
  try {
    const after = await pendingInvitations(context, caller);
    return after.find(
      (invitation) =>
        normalizeEmail(invitation.email) === key &&
        !isExpired(invitation) &&
        seen.get(invitation.id) !== new Date(invitation.expiresAt).getTime(),
    );
  } catch {
    return undefined;
  }
}

/** Sends one invitation; `alreadyMember` when Better Auth finds the address among the members. */
export async function createInvitation(
  context: AdapterContext,
  caller: Caller,
  email: string,
  role: string,
  before: readonly BetterAuthInvitation[],
  resend = false,
): Promise<SentInvitation> {
  try {
    const invitation = await context.api.createInvitation({
      headers: caller.headers,
      body: { email, role, organizationId: caller.organizationId, ...(resend ? { resend: true } : {}) },
    });
    return { invitation };
  } catch (error) {
    if (isBetterAuthCode(error, "USER_IS_ALREADY_A_MEMBER_OF_THIS_ORGANIZATION")) return "alreadyMember";
    // Not a refusal of Better Auth's: possibly the host's mail sender, after the invitation was stored.
    if (readBetterAuthError(error) === undefined) {
      const stored = await storedDespite(context, caller, email, before);
      if (stored) {
        context.onError(error);
        return { invitation: stored, emailSent: false };
      }
    }
    throw fromBetterAuthError(error);
  }
}

/** Cancels invitations a newer one replaces; the newer one is committed, so a failure is only reported (R30). */
export async function cancelQuietly(
  context: AdapterContext,
  caller: Caller,
  invitations: readonly BetterAuthInvitation[],
): Promise<void> {
  for (const invitation of invitations) {
    try {
      await context.api.cancelInvitation({ headers: caller.headers, body: { invitationId: invitation.id } });
    } catch (error) {
      context.onError(error);
    }
  }
}
