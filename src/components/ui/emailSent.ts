import type { InvitationResult } from "../../adapter/contract";
import type { Invitation } from "../../core/types";

/**
 * What a resend or replace answers: the adapter's result with `emailSent` (R30), or the invitation
 * alone, as the mutation hooks give it while they drop `emailSent`.
 */
export type SendAnswer = Invitation | InvitationResult;

/** The invitation a resend or replace answered with. */
export const sentInvitation = (answer: SendAnswer): Invitation => ("invitation" in answer ? answer.invitation : answer);

/**
 * R30: whether an answer says the invitation was stored but its email did not go out. Absent
 * `emailSent` means the adapter does not say, and is taken as sent.
 */
export const notEmailed = (answer: object | undefined): boolean =>
  answer !== undefined && "emailSent" in answer && answer.emailSent === false;
