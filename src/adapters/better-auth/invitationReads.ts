import { type Action, missingRecordError } from "../../core/can";
import { assertValid } from "../../core/errors";
import { validateId } from "../../core/limits";
import type { Invitation, InvitationSender } from "../../core/types";
import type { AdapterContext, Caller } from "./adapterContext";
import type { BetterAuthInvitation } from "./betterAuthApi";
import { toInvitation } from "./records";

export const isExpired = (invitation: BetterAuthInvitation, now = Date.now()) =>
  new Date(invitation.expiresAt).getTime() <= now;

/** Every invitation of the organization still `pending` in Better Auth (expired ones included). */
export async function pendingInvitations(context: AdapterContext, caller: Caller): Promise<BetterAuthInvitation[]> {
  const all = await context.call(() =>
    context.api.listInvitations({ headers: caller.headers, query: { organizationId: caller.organizationId } }),
  );
  return all.filter((invitation) => invitation.status === "pending");
}

/** Who sent each invitation: the inviters who are still members, by user id. */
export async function inviters(
  context: AdapterContext,
  caller: Caller,
  invitations: readonly BetterAuthInvitation[],
): Promise<Map<string, InvitationSender>> {
  const ids = [...new Set(invitations.map((invitation) => invitation.inviterId))];
  if (ids.length === 0) return new Map();
  const { members } = await context.call(() =>
    context.api.listMembers({
      headers: caller.headers,
      query: {
        organizationId: caller.organizationId,
        filterField: "userId",
        filterOperator: "in",
        filterValue: ids,
        limit: ids.length,
      },
    }),
  );
  return new Map(
    members.map((member) => [member.userId, { id: member.userId, name: member.user.name || member.user.email }]),
  );
}

/** One invitation as ours, sent by `sender` when known. */
export const invitationOf = (context: AdapterContext, invitation: BetterAuthInvitation, sender?: InvitationSender) =>
  toInvitation(
    invitation,
    context.roles,
    context.validityDays,
    new Map(sender ? [[invitation.inviterId, sender]] : []),
    new Date(),
  );

/** R29: a pending invitation of this organization (with all of them), or the answer a missing one gives. */
export async function requireInvitation(
  context: AdapterContext,
  caller: Caller,
  id: string,
  action: Action,
): Promise<{ stored: BetterAuthInvitation; all: BetterAuthInvitation[]; invitation: Invitation }> {
  assertValid(validateId("id", id));
  const all = await pendingInvitations(context, caller);
  const stored = all.find((invitation) => invitation.id === id);
  if (!stored) throw missingRecordError(caller.viewer, action, { roles: context.roles }, "invitation", id);
  const senders = await inviters(context, caller, [stored]);
  return { stored, all, invitation: invitationOf(context, stored, senders.get(stored.inviterId)) };
}
