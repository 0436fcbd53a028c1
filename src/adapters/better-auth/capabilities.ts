import type { CapabilitiesResult } from "../../adapter/contract";

/**
 * What Better Auth's organization plugin cannot do, and the product choices it makes, as the adapter
 * declares them in `getCapabilities`:
 * - `suspendUsers: false`: membership has no suspended state (the admin plugin's ban is global, not
 *   per organization).
 * - `externalUsers: false`: every member is a member; there is no "home account".
 * - `changePassword: false`: a password belongs to the person across every organization; only they
 *   change it (or the admin plugin, globally).
 * - `editOtherProfiles: false`: users are global, so only a person changes their own name (and their
 *   email only through Better Auth's own verification flow); editing someone else offers their role.
 * - `emailCase: "lower-case"`: Better Auth stores every email lower-cased.
 * - `resendLink: "same"`: the invitation id is the link; resending moves its expiry and keeps it.
 */
export const BETTER_AUTH_DECLARATION: Readonly<CapabilitiesResult> = {
  capabilities: { suspendUsers: false, externalUsers: false, changePassword: false, editOtherProfiles: false },
  behaviours: { emailCase: "lower-case", resendLink: "same" },
};
