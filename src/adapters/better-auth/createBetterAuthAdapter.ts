import type { UserManagementAdapter } from "../../adapter/contract";
import { acceptanceMethods } from "./acceptance";
import { createAdapterContext } from "./adapterContext";
import { invitationMethods } from "./invitations";
import type { BetterAuthAdapterOptions } from "./options";
import { sessionMethods } from "./session";
import { userMethods } from "./users";

/** The adapter: the contract's required methods plus replace and accept (its capabilities). */
export type BetterAuthAdapter = UserManagementAdapter &
  Required<Pick<UserManagementAdapter, "getCapabilities" | "replaceInvitation" | "acceptInvitation">>;

/**
 * A `UserManagementAdapter` over Better Auth's organization plugin, through its public server API
 * (`auth.api.*`) called with the viewer's own request headers: Better Auth checks their session and
 * role on every request, and the adapter checks `can()` first (R9), so that what the UI offers is
 * what Better Auth accepts. Runs on the server (it needs the `auth` instance); put it behind your own
 * endpoints or server actions to reach it from the browser. The one read outside `auth.api` is the
 * members' last sign-in (R4), from Better Auth's `session` model, read only (see `lastLogins.ts`).
 *
 * What Better Auth cannot do is declared in `getCapabilities` ({@link BETTER_AUTH_DECLARATION}); see
 * docs/better-auth.md for the mapping of fields, roles, versions and listing.
 *
 * The parts, one job each: `session.ts` (capabilities, session, role model), `users.ts` (members),
 * `invitations.ts` (invitations), `acceptance.ts` (accepting a link), over `adapterContext.ts`
 * (options and the viewer of each call) and `policy.ts` (what `can()` is told).
 *
 * @example
 * const adapter = createBetterAuthAdapter({ auth, headers: request.headers });
 */
export function createBetterAuthAdapter(options: BetterAuthAdapterOptions): BetterAuthAdapter {
  const context = createAdapterContext(options);
  return {
    ...sessionMethods(context),
    ...userMethods(context),
    ...invitationMethods(context),
    ...acceptanceMethods(context),
  };
}
