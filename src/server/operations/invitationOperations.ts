import type {
  AcceptInvitationParams,
  InvitationResult,
  Invitee,
  InviteResult,
  InviteUsersParams,
  InviteUsersResult,
  ListInvitationsResult,
  ListPageParams,
  ReplaceInvitationParams,
  UserResult,
} from "../../adapter/contract";
import { type Action, assertCan, missingRecordError } from "../../core/can";
import { normalizeEmail, validateEmail, validateProfile } from "../../core/email";
import { assertValid } from "../../core/errors";
import {
  alreadyMemberError,
  assertInvitationAcceptable,
  type InvitationFields,
  invitationValidity,
  newInvitationFields,
  userFromInvitation,
  withInvitationStatus,
} from "../../core/invitationRecords";
import { type InviteeFields, planInvitations, validateInvitees } from "../../core/invitePlanning";
import { DEFAULT_LIST_PAGE_SIZE, validatePaging } from "../../core/paging";
import { validateRoleAssignment } from "../../core/roleAssignment";
import type { Invitation } from "../../core/types";
import { hashInvitationToken, newInvitationToken } from "../secrets";
import type { InvitationRecord } from "../store";
import { type OperationContext, policyContext, type ViewerContext } from "./operationContext";

const newId = (prefix: string) => `${prefix}-${crypto.randomUUID()}`;

/** The normalised keys of the addresses worth looking up (the valid ones). */
const emailKeys = (invitees: readonly InviteeFields[]) =>
  invitees.filter((invitee) => validateEmail(invitee.email) === null).map((invitee) => normalizeEmail(invitee.email));

/** A missing invitation is `not_found` only to those who may act on invitations (R29). */
async function requireInvitation(context: ViewerContext, id: string, action: Action): Promise<InvitationRecord> {
  const invitation = await context.tx.findInvitation(id, { forUpdate: true });
  if (!invitation) throw missingRecordError(context.viewer, action, policyContext(context), "invitation", id);
  return invitation;
}

/** R1: the seats in use now, with the account row locked so that concurrent invitations take turns. */
async function lockSeats(context: ViewerContext): Promise<number> {
  await context.tx.getAccount({ forUpdate: true });
  return context.tx.countSeatsUsed(context.settings.clock.now());
}

/**
 * R1: an existing invitation, locked after the account row (the order invitations take), with the
 * seats in use counted only when it has expired: a pending one already holds its seat, so resending
 * or replacing it needs no count of the whole account.
 */
async function lockInvitationAndSeats(
  context: ViewerContext,
  id: string,
  action: Action,
): Promise<{ stored: InvitationRecord; invitation: Invitation; seatsUsed?: number }> {
  await context.tx.getAccount({ forUpdate: true });
  const stored = await requireInvitation(context, id, action);
  const now = context.settings.clock.now();
  const invitation = withInvitationStatus(stored, context.settings.clock);
  const seatsUsed = invitation.status === "expired" ? await context.tx.countSeatsUsed(now) : undefined;
  return { stored, invitation, seatsUsed };
}

/**
 * R12, R13, R30: stores the invitation with a fresh link and mails that link once committed. The
 * answer says whether the mail went out: `delivery.emailSent` turns `false` if sending failed.
 */
async function issueLink(
  context: OperationContext,
  fields: InvitationFields,
  delivery: { emailSent?: boolean },
): Promise<Invitation> {
  const token = newInvitationToken();
  await context.tx.saveInvitation({ ...fields, tokenHash: await hashInvitationToken(token) });
  const invitation = withInvitationStatus(fields, context.settings.clock);
  const { settings } = context;
  delivery.emailSent = true;
  context.after(() => settings.sendInvitation(invitation, settings.acceptLink(token)), {
    onFailed: () => {
      delivery.emailSent = false;
    },
  });
  return invitation;
}

/** R11, R14: a new invitation replaces any expired one for the same address, then its link is sent. */
async function sendNewInvitation(
  context: ViewerContext,
  { invitee, roleId, permissions }: { invitee: Invitee; roleId: string; permissions: readonly string[] },
  now: Date,
  delivery: { emailSent?: boolean },
): Promise<Invitation> {
  await context.tx.deleteExpiredInvitations([normalizeEmail(invitee.email)], now);
  const fields = newInvitationFields({
    id: newId("invitation"),
    invitee,
    roleId,
    permissions,
    viewer: context.viewer,
    sentAt: now,
    validityDays: context.account.account.invitationValidityDays,
  });
  return issueLink(context, fields, delivery);
}

/** R12: pending and expired invitations, newest first. */
export async function listInvitations(
  context: ViewerContext,
  { page = 1, pageSize = DEFAULT_LIST_PAGE_SIZE }: Omit<ListPageParams, "signal">,
): Promise<ListInvitationsResult> {
  assertCan(context.viewer, "invitations.list", undefined, policyContext(context));
  assertValid(validatePaging(page, pageSize));
  const { items, total } = await context.tx.listInvitations(page, pageSize);
  return { invitations: items.map((fields) => withInvitationStatus(fields, context.settings.clock)), total };
}

/**
 * R1, R2, R11, R12, R23, R27, R30: one result per address, in order; bad addresses do not block the
 * others; each sent one says whether its mail went out.
 */
export async function inviteUsers(
  context: ViewerContext,
  { invitees, roleId, permissions = [] }: Omit<InviteUsersParams, "signal">,
): Promise<InviteUsersResult> {
  // The account row serialises invitations: two batches cannot both take the last seat (R1) or
  // both invite the same address (R11).
  const seatsUsed = await lockSeats(context);
  const now = context.settings.clock.now();
  assertCan(
    context.viewer,
    "invitation.create",
    undefined,
    policyContext(context, { seatsUsed, inviteCount: 0, roleId, permissions }),
  );
  assertValid(validateInvitees(invitees));
  const { account, roleModel } = context.account;
  assertValid(validateRoleAssignment(roleModel.roles, roleId, permissions));

  const keys = emailKeys(invitees);
  const members = await context.tx.memberEmails(keys);
  const invited = await context.tx.invitedEmails(keys, now);
  const plans = planInvitations(invitees, {
    isMember: (key) => members.has(key),
    isInvited: (key) => invited.has(key),
    seatLimit: account.plan.seatLimit,
    seatsUsed,
  });
  const results: InviteResult[] = [];
  for (const { invitee, outcome, message } of plans) {
    if (outcome !== "send") {
      results.push({ email: invitee.email, outcome, message });
      continue;
    }
    const result: InviteResult = { email: invitee.email, outcome: "sent", message };
    result.invitation = await sendNewInvitation(context, { invitee, roleId, permissions }, now, result);
    results.push(result);
  }
  return { results };
}

/**
 * R1, R13, R23, R27, R30: a fresh link and a fresh validity period; the old link stops working. An
 * expired invitation becomes pending again, so it needs a free seat.
 */
export async function resendInvitation(context: ViewerContext, { id }: { id: string }): Promise<InvitationResult> {
  const { stored, invitation, seatsUsed } = await lockInvitationAndSeats(context, id, "invitation.resend");
  const { clock } = context.settings;
  assertCan(context.viewer, "invitation.resend", invitation, policyContext(context, { seatsUsed }));
  // R2, R11: the address became a member's meanwhile: the invitation can only fail now.
  const key = normalizeEmail(stored.email);
  if ((await context.tx.memberEmails([key])).has(key)) throw alreadyMemberError(stored.email);
  const { tokenHash: _old, ...fields } = stored;
  const validity = invitationValidity(clock.now(), context.account.account.invitationValidityDays);
  const result: Partial<InvitationResult> = {};
  result.invitation = await issueLink(context, { ...fields, ...validity }, result);
  return result as InvitationResult;
}

/** R13: removed, and its link stops working at once. */
export async function cancelInvitation(context: ViewerContext, { id }: { id: string }): Promise<undefined> {
  const stored = await requireInvitation(context, id, "invitation.cancel");
  assertCan(
    context.viewer,
    "invitation.cancel",
    withInvitationStatus(stored, context.settings.clock),
    policyContext(context),
  );
  await context.tx.deleteInvitation(stored.id);
  return undefined;
}

/**
 * R1, R14, R23, R27, R30: cancel and reinvite as one step, so nothing is left half done. A pending
 * invitation's seat passes to the new one; an expired one needs a free seat.
 */
export async function replaceInvitation(
  context: ViewerContext,
  { id, invitee, roleId, permissions = [] }: Omit<ReplaceInvitationParams, "signal">,
): Promise<InvitationResult> {
  const { stored, invitation, seatsUsed } = await lockInvitationAndSeats(context, id, "invitation.replace");
  const { clock } = context.settings;
  assertCan(
    context.viewer,
    "invitation.replace",
    invitation,
    policyContext(context, { seatsUsed, roleId, permissions }),
  );
  const now = clock.now();
  const keys = emailKeys([invitee]);
  const members = await context.tx.memberEmails(keys);
  const invited = await context.tx.invitedEmails(keys, now, stored.id);
  const [plan] = planInvitations([invitee], {
    isMember: (key) => members.has(key),
    isInvited: (key) => invited.has(key),
    // The replaced invitation's seat passes to the new one.
    seatLimit: null,
    seatsUsed: 0,
  });
  const { roleModel } = context.account;
  assertValid({
    ...(plan && plan.outcome !== "send" ? { email: plan.message } : {}),
    ...validateProfile({ firstName: invitee.firstName, lastName: invitee.lastName }),
    ...validateRoleAssignment(roleModel.roles, roleId, permissions),
  });
  await context.tx.deleteInvitation(stored.id);
  const result: Partial<InvitationResult> = {};
  result.invitation = await sendNewInvitation(context, { invitee, roleId, permissions }, now, result);
  return result as InvitationResult;
}

/** R6, R15: the token is the credential; the link works once. */
export async function acceptInvitation(
  context: OperationContext,
  { token, firstName, lastName }: Omit<AcceptInvitationParams, "signal">,
): Promise<UserResult> {
  const { clock } = context.settings;
  const found = await context.tx.findInvitationByTokenHash(await hashInvitationToken(token), { forUpdate: true });
  const stored = assertInvitationAcceptable(found, clock);
  assertValid(validateProfile({ firstName, lastName }));
  const key = normalizeEmail(stored.email);
  if ((await context.tx.memberEmails([key])).has(key)) throw alreadyMemberError(stored.email);
  const user = userFromInvitation({
    id: newId("user"),
    invitation: stored,
    firstName,
    lastName,
    roles: context.account.roleModel.roles,
    isFirstUser: (await context.tx.countUsers()) === 0,
    now: clock.now(),
  });
  await context.tx.deleteInvitation(stored.id);
  await context.tx.insertUser(user);
  return { user };
}
