/** Confirmations for what cannot be undone (R20, R22) and for suspension. */
export const confirm = {
  deleteTitle: (name: string) => `Delete ${name}?`,
  deleteBody: (name: string) =>
    `${name} loses access at once and is logged out. This is immediate and cannot be undone.`,
  deleteAction: "Delete user",
  suspendTitle: (name: string) => `Suspend ${name}?`,
  suspendBody: (name: string) => `${name} is logged out and cannot log in until reactivated.`,
  suspendAction: "Suspend user",
  removeExternalTitle: (name: string) => `Remove ${name}'s access?`,
  removeExternalBody: (name: string, home: string) =>
    `${name} is logged out of this account at once. Their own account, ${home}, is not affected. This cannot be undone.`,
  removeExternalAction: "Remove access",
  cancelInvitationTitle: (email: string) => `Cancel the invitation to ${email}?`,
  cancelInvitationBody: "The invitation link stops working at once.",
  cancelInvitationAction: "Cancel invitation",
  keep: "Keep",
};
