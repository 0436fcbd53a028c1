import type { CapabilitiesResult } from "../../adapter/contract";

/**
 * What Better Auth's organization plugin cannot do, and the product choices it makes, as the adapter
 * declares them in `getCapabilities`:
 * - `suspendUsers: false`: membership has no suspended state (the admin plugin's ban is global, not
 *   per organization).
 * - `externalUsers: false`: every member is a member; there is no "home account".
 * - `changePassword: false`: a password belongs to the person across every organization; only they
 *   change it (or the admin plugin, globally).
 * - `editOtherProfiles: false`: users are global, so only a person changes their own name; editing
 *   someone else offers their role.
 * - `changeEmail: false` (R2): Better Auth changes a login's address only through its own change-email
 *   flow, which confirms the new address; `updateUser` refuses a new address with a `validation`
 *   error on `email` (the UI shows the address read-only).
 * - `emailCase: "lower-case"`: Better Auth stores every email lower-cased.
 * - `resendLink: "same"`: the invitation id is the link; resending moves its expiry and keeps it.
 */
export const BETTER_AUTH_DECLARATION: Readonly<CapabilitiesResult> = {
  capabilities: {
    suspendUsers: false,
    externalUsers: false,
    changePassword: false,
    editOtherProfiles: false,
    changeEmail: false,
  },
  behaviours: { emailCase: "lower-case", resendLink: "same" },
};
