/**
 * Permission ids the policy itself reads. Every other permission is opaque data to the library.
 * A role model that wants user management must include `users.manage` in its catalog.
 */
export const PERMISSIONS = {
  /** See, invite, edit, suspend and delete other users (R5, R6, R7, R8, R16). */
  manageUsers: "users.manage",
  /** Change the account's status or details (R7). */
  manageAccount: "account.manage",
  /** Create API tokens (R5). */
  createApiTokens: "api_tokens.create",
} as const;
