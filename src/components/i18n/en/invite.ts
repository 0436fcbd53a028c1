/** InviteDialog (R1, R11, R23). */
export const invite = {
  trigger: "Invite",
  title: "Invite people",
  description: (days: number) =>
    `They receive an email with a link to join this account. The link is valid for ${days} days.`,
  emails: "Email addresses",
  /** The one address of a changed invitation (R14). */
  email: "Email address",
  emailsHint: "Separate several addresses with commas, spaces or new lines. Pasting a list works.",
  firstName: "First name (optional)",
  lastName: "Last name (optional)",
  permissionsHint: "Basic permissions are always included; choose what else this person may do.",
  submit: (count: number) => (count > 1 ? `Send ${count} invitations` : "Send invitation"),
  sending: "Sending…",
  noEmails: "Enter at least one email address.",
  invalidEmails: (list: string) => `Not valid: ${list}`,
  /** R11: a chip's address typed before; it is invited once. */
  repeated: "Already listed",
  /** The accessible name of a chip's remove button. */
  remove: (email: string) => `Remove ${email}`,
  /** Live under the addresses: valid, distinct ones against the batch limit (MAX_INVITEES). */
  addressCount: (count: number, max: number) =>
    `${count === 1 ? "1 address" : `${count} addresses`} (up to ${max} at once)`,
  /** R1: seats the plan still has once these are invited. */
  seatsAfter: (left: number) => `${left === 1 ? "1 seat" : `${left} seats`} left after these invitations`,
  /** The toast once every invitation was sent and emailed. */
  invitationsSent: (count: number) => (count === 1 ? "Invitation sent." : `${count} invitations sent.`),
  /** R11: more valid addresses than one request may hold (MAX_INVITEES). */
  tooManyAddresses: (count: number, max: number) =>
    `${count} addresses: invite at most ${max} people at once. Split the list and send it in parts.`,
  seats: (used: number, limit: number) => `${used} of ${limit} seats used`,
  seatsLeft: (left: number) => (left === 1 ? "1 seat left" : `${left} seats left`),
  tooManyForSeats: (left: number) =>
    `Only ${left === 1 ? "1 seat is" : `${left} seats are`} left: invite fewer people or upgrade your plan.`,
  results: "Results",
  outcome: {
    sent: "Sent",
    already_member: "Already a member",
    already_invited: "Already invited",
    invalid: "Not a valid address",
    seat_limit: "No seat left",
    refused: "Not invited",
  },
  /** R11: the backend declined one address for a reason of its own, given in its words. */
  refusedBecause: (reason: string) => `Not invited: ${reason}`,
  sentSummary: (sent: number, total: number) => `${sent} of ${total} invitations sent.`,
  /** R30: invitations stored whose email did not go out, with Resend. */
  notEmailed: "Invited, but the email was not sent",
  stillNotEmailed: "Invited, but the email could still not be sent. Try again later.",
  emailed: "Email sent",
  resend: "Resend",
  resending: "Resending…",
  notEmailedSummary: (count: number) =>
    count === 1
      ? "1 person was invited but not emailed: resend their invitation."
      : `${count} people were invited but not emailed: resend their invitations.`,
  resent: (email: string) => `The invitation email was sent to ${email}.`,
  resendNotEmailed: (email: string) => `The email to ${email} could still not be sent. The invitation is saved.`,
  inviteMore: "Invite more people",
  done: "Done",
};
