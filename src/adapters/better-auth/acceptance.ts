import type { UserManagementAdapter, UserResult } from "../../adapter/contract";
import { validateProfile } from "../../core/email";
import { assertValid, UserManagementError } from "../../core/errors";
import { alreadyMemberError } from "../../core/invitationRecords";
import { validateId } from "../../core/limits";
import type { AdapterContext } from "./adapterContext";
import type { BetterAuthOrganizationApi } from "./betterAuthApi";
import { fromBetterAuthError, isBetterAuthCode } from "./betterAuthErrors";
import { isExpired } from "./invitationReads";

const INVALID_LINK =
  "This invitation link is no longer valid: it was cancelled, accepted or replaced. Ask for a new invitation.";
const EXPIRED_LINK = "This invitation has expired. Ask the organization's administrator to resend it.";

/** `acceptInvitation` (R15): done as the invitee's own session, as Better Auth requires. */
export function acceptanceMethods(context: AdapterContext): Pick<Required<UserManagementAdapter>, "acceptInvitation"> {
  const { api, names } = context;

  /** R15: why a link cannot be accepted, as far as the invitee may know. */
  async function whyNotAcceptable(headers: Headers, token: string): Promise<UserManagementError> {
    try {
      const received = await api.listUserInvitations({ headers });
      const invitation = received.find((candidate) => candidate.id === token);
      if (invitation && isExpired(invitation)) return new UserManagementError("invitation_expired", EXPIRED_LINK);
    } catch {
      // Better Auth lists received invitations only to a verified email: the link is then just invalid.
    }
    return new UserManagementError("invitation_invalid", INVALID_LINK);
  }

  return {
    async acceptInvitation(params): Promise<UserResult> {
      assertValid({
        ...validateId("token", params.token),
        ...validateProfile({ firstName: params.firstName, lastName: params.lastName }),
      });
      // R15: Better Auth accepts as the invitee's own session (the address must match).
      const headers = await context.requestHeaders(params);
      const session = await context.call(() => api.getSession({ headers }));
      if (!session) {
        throw new UserManagementError("forbidden", "Sign in with the invited email address to accept the invitation.");
      }
      let organizationId: string | undefined;
      try {
        organizationId = (await api.getInvitation({ headers, query: { id: params.token } })).organizationId;
      } catch (error) {
        if (isBetterAuthCode(error, "INVITATION_NOT_FOUND")) throw await whyNotAcceptable(headers, params.token);
        if (isBetterAuthCode(error, "YOU_ARE_NOT_THE_RECIPIENT_OF_THE_INVITATION")) {
          throw new UserManagementError(
            "invitation_invalid",
            "This invitation was sent to another email address. Sign in with that address to accept it.",
          );
        }
        // The inviter left: Better Auth still accepts the invitation, only this lookup refuses.
        if (!isBetterAuthCode(error, "INVITER_IS_NO_LONGER_A_MEMBER_OF_THE_ORGANIZATION")) {
          throw fromBetterAuthError(error);
        }
      }
      // Better Auth would add a second member row for someone who already is one.
      if (organizationId) {
        const existing = await context.findMember(headers, organizationId, session.user.id).catch(() => undefined);
        if (existing) throw alreadyMemberError(session.user.email);
      }
      let accepted: Awaited<ReturnType<BetterAuthOrganizationApi["acceptInvitation"]>>;
      try {
        accepted = await api.acceptInvitation({ headers, body: { invitationId: params.token } });
      } catch (error) {
        if (isBetterAuthCode(error, "INVITATION_NOT_FOUND")) throw await whyNotAcceptable(headers, params.token);
        throw fromBetterAuthError(error);
      }
      if (!accepted) throw new UserManagementError("invitation_invalid", INVALID_LINK);
      const joinedOrganization = accepted.member.organizationId;
      const name = names.join(params.firstName, params.lastName);
      if (name !== "" && name !== session.user.name) {
        try {
          await api.updateUser({ headers, body: { name } });
        } catch (error) {
          // R30: the invitation is accepted; only the typed name was not saved.
          context.onError(error);
        }
      }
      const member = await context.findMember(headers, joinedOrganization, session.user.id);
      if (!member)
        throw new UserManagementError("unavailable", "The invitation was accepted, but reading the member failed.");
      const facts = { userId: session.user.id, twoFactorEnabled: session.user.twoFactorEnabled === true };
      return { user: await context.present(facts, member) };
    },
  };
}
