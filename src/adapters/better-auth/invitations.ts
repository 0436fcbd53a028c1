import type { InvitationResult, InviteResult, UserManagementAdapter } from "../../adapter/contract";
import { assertCan } from "../../core/can";
import { normalizeEmail, validateProfile } from "../../core/email";
import { assertValid, UserManagementError } from "../../core/errors";
import { alreadyMemberError, invitationSender } from "../../core/invitationRecords";
import { planInvitations, validateInvitees } from "../../core/invitePlanning";
import { pageOf, validatePaging } from "../../core/paging";
import { validateRoleAssignment } from "../../core/roleAssignment";
import type { AdapterContext } from "./adapterContext";
import { fromBetterAuthError, isBetterAuthCode } from "./betterAuthErrors";
import { invitationOf, inviters, isExpired, pendingInvitations, requireInvitation } from "./invitationReads";
import { cancelQuietly, createInvitation, type SentInvitation } from "./invitationSending";
import { policy } from "./policy";
import { toInvitation } from "./records";

/** `emailSent: false` on a result whose invitation was stored but whose mail failed (R30). */
const mailOutcome = (sent: Exclude<SentInvitation, "alreadyMember">) =>
  sent.emailSent === false ? { emailSent: false as const } : {};

/** `listInvitations`, `inviteUsers`, `resendInvitation`, `cancelInvitation` and `replaceInvitation`. */
export function invitationMethods(
  context: AdapterContext,
): Pick<
  Required<UserManagementAdapter>,
  "listInvitations" | "inviteUsers" | "resendInvitation" | "cancelInvitation" | "replaceInvitation"
> {
  const { api, roles, plan } = context;

  return {
    async listInvitations(params) {
      const caller = await context.begin(params);
      assertCan(caller.viewer, "invitations.list", undefined, await policy(context, caller, {}));
      assertValid(validatePaging(params.page ?? 1, params.pageSize ?? 1));
      const all = await pendingInvitations(context, caller);
      const senders = await inviters(context, caller, all);
      const now = new Date();
      const newestFirst = all
        .map((invitation) => toInvitation(invitation, roles, context.validityDays, senders, now))
        .sort((a, b) => (a.sentAt < b.sentAt ? 1 : a.sentAt > b.sentAt ? -1 : a.id < b.id ? -1 : 1));
      const { items, total } = pageOf(newestFirst, params.page, params.pageSize);
      return { invitations: items, total };
    },

    async inviteUsers(params) {
      const caller = await context.begin(params);
      const permissions = params.permissions ?? [];
      const before = await pendingInvitations(context, caller).catch(() => []);
      const decide = await policy(
        context,
        caller,
        { seats: before },
        { inviteCount: 0, roleId: params.roleId, permissions },
      );
      assertCan(caller.viewer, "invitation.create", undefined, decide);
      assertValid(validateInvitees(params.invitees));
      assertValid(validateRoleAssignment(roles, params.roleId, permissions));

      const now = Date.now();
      const pending = new Set(before.filter((inv) => !isExpired(inv, now)).map((inv) => normalizeEmail(inv.email)));
      const inBatch = new Set<string>();
      let seats = decide.account.seatsUsed;
      let committed = false;
      const sender = invitationSender(caller.viewer);
      const results: InviteResult[] = [];
      // One address at a time: Better Auth alone knows whether an address is a member's (it has no
      // lookup by email), and a member found frees the seat the plan had counted for them.
      for (const invitee of params.invitees) {
        const key = normalizeEmail(invitee.email);
        const email = invitee.email.trim();
        const [decision] = planInvitations([invitee], {
          isMember: () => false,
          isInvited: (candidate) => pending.has(candidate),
          seatLimit: plan.seatLimit,
          seatsUsed: seats,
        });
        if (!decision) continue;
        if (decision.outcome !== "invalid" && decision.outcome !== "already_invited" && inBatch.has(key)) {
          results.push({ email: invitee.email, outcome: "already_invited", message: `${email} appears twice.` });
          continue;
        }
        inBatch.add(key);
        if (decision.outcome !== "send") {
          results.push({ email: invitee.email, outcome: decision.outcome, message: decision.message });
          continue;
        }
        try {
          const sent = await createInvitation(context, caller, email, params.roleId, before);
          if (sent === "alreadyMember") {
            results.push({ email: invitee.email, outcome: "already_member", message: `${email} is already a member.` });
            continue;
          }
          committed = true;
          seats++;
          pending.add(key);
          // A new invitation replaces an expired one for the same address rather than sitting beside it.
          await cancelQuietly(
            context,
            caller,
            before.filter((inv) => normalizeEmail(inv.email) === key && isExpired(inv, now)),
          );
          results.push({
            email: invitee.email,
            outcome: "sent",
            message: decision.message,
            invitation: invitationOf(context, sent.invitation, sender),
            ...mailOutcome(sent),
          });
        } catch (error) {
          const failure = fromBetterAuthError(error);
          // R11: one address Better Auth declines never blocks the others. A fault before anything was
          // stored fails the whole request, so that the person can simply retry it.
          if (!committed && failure.code === "unavailable") throw failure;
          const outcome =
            failure.code === "validation" && failure.fieldErrors?.email
              ? "invalid"
              : isBetterAuthCode(error, "USER_IS_ALREADY_INVITED_TO_THIS_ORGANIZATION")
                ? "already_invited"
                : "refused";
          results.push({ email: invitee.email, outcome, message: `${email} was not invited: ${failure.message}` });
        }
      }
      return { results };
    },

    async resendInvitation(params): Promise<InvitationResult> {
      const caller = await context.begin(params);
      const { stored, all, invitation } = await requireInvitation(context, caller, params.id, "invitation.resend");
      // R1: an expired invitation made pending again takes a seat (can() counts it from the status).
      assertCan(caller.viewer, "invitation.resend", invitation, await policy(context, caller, { seats: all }));
      // Better Auth moves the expiry of a pending invitation and keeps its id (the link). An expired one
      // it does not find: it creates a new invitation, and the expired one is cancelled.
      const sent = await createInvitation(context, caller, stored.email, stored.role, all, true);
      if (sent === "alreadyMember") throw alreadyMemberError(stored.email);
      if (sent.invitation.id !== stored.id) await cancelQuietly(context, caller, [stored]);
      return {
        invitation: invitationOf(context, sent.invitation, invitation.invitedBy ?? undefined),
        ...mailOutcome(sent),
      };
    },

    async cancelInvitation(params) {
      const caller = await context.begin(params);
      const { stored, invitation } = await requireInvitation(context, caller, params.id, "invitation.cancel");
      assertCan(caller.viewer, "invitation.cancel", invitation, await policy(context, caller, {}));
      await context.call(() => api.cancelInvitation({ headers: caller.headers, body: { invitationId: stored.id } }));
    },

    async replaceInvitation(params): Promise<InvitationResult> {
      const caller = await context.begin(params);
      const { stored, all, invitation } = await requireInvitation(context, caller, params.id, "invitation.replace");
      const permissions = params.permissions ?? [];
      assertCan(
        caller.viewer,
        "invitation.replace",
        invitation,
        await policy(context, caller, { seats: all }, { roleId: params.roleId, permissions }),
      );
      const now = Date.now();
      const others = new Set(
        all.filter((inv) => inv.id !== stored.id && !isExpired(inv, now)).map((inv) => normalizeEmail(inv.email)),
      );
      const [decision] = planInvitations([params.invitee], {
        isMember: () => false,
        isInvited: (key) => others.has(key),
        // The replaced invitation's seat passes to the new one.
        seatLimit: null,
        seatsUsed: 0,
      });
      assertValid({
        ...(decision && decision.outcome !== "send" ? { email: decision.message } : {}),
        ...validateProfile({ firstName: params.invitee.firstName, lastName: params.invitee.lastName }),
        ...validateRoleAssignment(roles, params.roleId, permissions),
      });
      const email = params.invitee.email.trim();
      // R14: Better Auth has no "replace". A new address (or an expired invitation) is invited first
      // and the old invitation cancelled after; the same address while pending must be cancelled
      // first, since Better Auth refuses a second pending invitation for it.
      const cancelFirst = normalizeEmail(email) === normalizeEmail(stored.email) && !isExpired(stored, now);
      if (cancelFirst) {
        await context.call(() => api.cancelInvitation({ headers: caller.headers, body: { invitationId: stored.id } }));
      }
      const sent = await createInvitation(context, caller, email, params.roleId, all);
      if (sent === "alreadyMember") {
        throw new UserManagementError("validation", `${email} is already a member.`, {
          fieldErrors: { email: `${email} is already a member.` },
        });
      }
      if (!cancelFirst) await cancelQuietly(context, caller, [stored]);
      return {
        invitation: invitationOf(context, sent.invitation, invitationSender(caller.viewer)),
        ...mailOutcome(sent),
      };
    },
  };
}
