import { normalizeEmail, validateEmail } from "./email";
import type { FieldErrors } from "./errors";
import { MAX_EMAIL_LENGTH, MAX_NAME_LENGTH, validateText } from "./limits";

/** One person to invite, as typed (the adapter contract's `Invitee`). */
export interface InviteeFields {
  email: string;
  firstName?: string;
  lastName?: string;
}

/** What the backend knows about the addresses of a batch, by normalised email (R2). */
export interface InviteFacts {
  /** Whether a user of the account has this address. */
  isMember(emailKey: string): boolean;
  /** Whether a pending (not expired) invitation has this address. */
  isInvited(emailKey: string): boolean;
  /** `null`: no limit (R1). */
  seatLimit: number | null;
  seatsUsed: number;
}

/** R11: the decision for one address; `send` means an invitation is to be sent. */
export interface InvitePlan {
  invitee: InviteeFields;
  outcome: "send" | "invalid" | "already_member" | "already_invited" | "seat_limit";
  message: string;
}

/**
 * R1, R2, R11: decides, address by address and in order, what happens to each invitee: invalid,
 * already a member, already invited (or twice in the batch), past the seat limit, or to be sent.
 * One bad address never blocks the others. Pure: the caller gathers the facts and sends.
 */
export function planInvitations(invitees: readonly InviteeFields[], facts: InviteFacts): InvitePlan[] {
  const inBatch = new Set<string>();
  let seatsUsed = facts.seatsUsed;
  return invitees.map((invitee): InvitePlan => {
    const email = invitee.email.trim();
    const invalid = validateEmail(invitee.email);
    if (invalid) return { invitee, outcome: "invalid", message: invalid };
    const key = normalizeEmail(invitee.email);
    const seen = inBatch.has(key);
    inBatch.add(key);
    if (facts.isMember(key)) return { invitee, outcome: "already_member", message: `${email} is already a member.` };
    if (facts.isInvited(key)) {
      return { invitee, outcome: "already_invited", message: `${email} already has a pending invitation.` };
    }
    if (seen) return { invitee, outcome: "already_invited", message: `${email} appears twice.` };
    if (facts.seatLimit !== null && seatsUsed >= facts.seatLimit) {
      return {
        invitee,
        outcome: "seat_limit",
        message: `All ${facts.seatLimit} seats are used; ${email} was not invited.`,
      };
    }
    seatsUsed++;
    return { invitee, outcome: "send", message: `Invitation sent to ${email}.` };
  });
}

/** Most addresses one invitation request may hold. */
export const MAX_INVITEES = 100;

/** R11: at least one address, at most {@link MAX_INVITEES}; returns field errors, empty when valid. */
export function validateInviteeCount(count: number): FieldErrors {
  if (count === 0) return { invitees: "Enter at least one email address." };
  if (count > MAX_INVITEES) return { invitees: `Invite at most ${MAX_INVITEES} people at once.` };
  return {};
}

/**
 * R11, R31: the batch as a whole: {@link validateInviteeCount}, and every address and name bounded
 * and free of control characters. Such input is hostile, not a typo, so it refuses the whole request;
 * an address of the wrong shape is only that address's `invalid` outcome (see `planInvitations`).
 */
export function validateInvitees(invitees: readonly InviteeFields[]): FieldErrors {
  const count = validateInviteeCount(invitees.length);
  if (count.invitees) return count;
  return Object.assign(
    {},
    ...invitees.map((invitee, index) => ({
      ...validateText(`invitees[${index}].email`, invitee.email, MAX_EMAIL_LENGTH, "An email address"),
      ...validateText(`invitees[${index}].firstName`, invitee.firstName, MAX_NAME_LENGTH, "A name"),
      ...validateText(`invitees[${index}].lastName`, invitee.lastName, MAX_NAME_LENGTH, "A name"),
    })),
  );
}
