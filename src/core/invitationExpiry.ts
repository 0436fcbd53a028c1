import type { Clock } from "./clock";
import type { InvitationStatus, IsoDateTime } from "./types";

/** R12: an invitation link is valid this many days unless the account says otherwise. */
export const DEFAULT_INVITATION_VALIDITY_DAYS = 7;

const DAY_MS = 24 * 60 * 60 * 1000;

/** R12, R13: when a link sent (or resent) at `sentAt` stops working. */
export function invitationExpiresAt(
  sentAt: Date | IsoDateTime,
  validityDays: number = DEFAULT_INVITATION_VALIDITY_DAYS,
): IsoDateTime {
  if (!Number.isFinite(validityDays) || validityDays <= 0) {
    throw new RangeError(`Invitation validity must be a positive number of days, got ${validityDays}.`);
  }
  return new Date(new Date(sentAt).getTime() + validityDays * DAY_MS).toISOString();
}

/** R12: `expired` from the instant `expiresAt` is reached. */
export function invitationStatusAt(expiresAt: IsoDateTime, clock: Clock): InvitationStatus {
  return clock.now().getTime() >= new Date(expiresAt).getTime() ? "expired" : "pending";
}
