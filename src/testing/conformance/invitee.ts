import type { UserResult } from "../../adapter/contract";
import { method } from "./expectations";
import type { ConformanceSubject } from "./subject";

/** The address of the fixture's pending invitation (`invitation-pending`). */
export const PENDING_INVITEE = "grace.green@example.com";
/** The address of the fixture's expired invitation (`invitation-expired`). */
export const EXPIRED_INVITEE = "hal.hughes@example.com";

/**
 * R15: accepts the link `token` as the person invited at `email` (their own session where the
 * harness has `asInvitee`, else a plain user's, whose session must not matter), as Grace Green.
 */
export async function acceptAs(subject: ConformanceSubject, email: string, token: string): Promise<UserResult> {
  const invitee = await subject.asInvitee(email);
  return method(invitee, "acceptInvitation")({ token, firstName: "Grace", lastName: "Green" });
}
