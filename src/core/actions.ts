/**
 * Every action of the domain that `can()` decides (R9), by name. A list, not only a type, so that
 * the HTTP contract can check a role's `deniedActions` without carrying the policy itself.
 */
export const ACTIONS = [
  "users.list",
  "user.view",
  "user.updateProfile",
  "user.changeRole",
  "user.updatePermissions",
  "user.changePassword",
  "user.suspend",
  "user.reactivate",
  "user.delete",
  "invitations.list",
  "invitation.create",
  "invitation.resend",
  "invitation.cancel",
  "invitation.replace",
  "externalUsers.list",
  "externalUser.update",
  "externalUser.remove",
  "account.update",
  "account.delete",
  "apiTokens.create",
] as const;

/** Every action of the domain that `can()` decides (R9). */
export type Action = (typeof ACTIONS)[number];
