/** Pending invitations (R12–R14). */
export const invitations = {
  title: "Pending invitations",
  empty: "No pending invitations.",
  loadError: "The invitations could not be loaded.",
  columns: {
    role: "Role",
    sentAt: "Sent",
    invitedBy: "Invited by",
  },
  expiresIn: (relative: string) => `Expires ${relative}`,
  resend: "Resend",
  resent: (email: string, days: number) => `A new invitation was sent to ${email}. It is valid for ${days} days.`,
  cancel: "Cancel invitation",
  cancelled: (email: string) => `The invitation to ${email} was cancelled.`,
  change: "Change",
  changeTitle: (email: string) => `Change the invitation to ${email}`,
  changeDescription:
    "An invitation cannot be edited: saving cancels this one and sends a new invitation with the details below.",
  changeSubmit: "Cancel and reinvite",
  changed: (email: string) => `The invitation was replaced; a new one was sent to ${email}.`,
  /** R24: a failed resend, in its error toast (or above the list when toasts are off). */
  resendFailed: (email: string) => `The invitation to ${email} could not be resent.`,
  /** R30: stored, but its email did not go out; the row's Resend tries again. */
  notEmailed: (email: string) =>
    `The invitation to ${email} is saved, but its email could not be sent. Resend it to try again.`,
  changedNotEmailed: (email: string) =>
    `The invitation was replaced, but the email to ${email} could not be sent. Resend it to try again.`,
};
