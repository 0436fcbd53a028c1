import { DEFAULT_INVITATION_VALIDITY_DAYS } from "../../core/invitationExpiry";
import type { Plan, RoleModel } from "../../core/types";
import type { BetterAuthInstance } from "./betterAuthApi";
import type { NameMapping } from "./names";

/** Options of `createBetterAuthAdapter`. */
export interface BetterAuthAdapterOptions {
  /** The host's Better Auth instance, with the `organization` plugin. The adapter calls only `auth.api.*`. */
  auth: BetterAuthInstance;
  /**
   * The viewer's request headers (their session cookie or bearer token): every call is made as them,
   * so Better Auth checks their session and their role on every request. A function is called
   * before every adapter call (e.g. `() => headers()` in a Next.js server action).
   */
  headers: Headers | (() => Headers | Promise<Headers>);
  /** The organization whose members are managed. Default: the session's active organization. */
  organizationId?: string;
  /**
   * Our role model for the host's Better Auth roles: each role's id is a Better Auth role name.
   * Default: {@link betterAuthRoleModel} (owner / admin / member). A host with custom roles
   * (`organization({ roles: { …, billing } })`) adds them here with the permissions that match what
   * its access control grants: `users.manage` only for roles that may `member: update/delete` and
   * `invitation: create/cancel`. The only owner-kind role must be the plugin's `creatorRole`.
   */
  roleModel?: RoleModel;
  /**
   * The organization's plan (R1, R23). Default: multi-user, with a seat limit equal to the organization
   * plugin's `membershipLimit` when it is a number (Better Auth's default is 100), so that `can()`
   * stops inviting before Better Auth would refuse an acceptance.
   */
  plan?: Plan;
  /**
   * How long an invitation link is valid, in days (R12). Default: the organization plugin's
   * `invitationExpiresIn` (Better Auth's default is 48 hours). Used to show when an invitation was
   * (re)sent; Better Auth itself decides the expiry, so keep the two equal.
   */
  invitationValidityDays?: number;
  /** How Better Auth's single `name` becomes first and last names. Default: {@link defaultNameMapping}. */
  names?: NameMapping;
  /**
   * Members read per `listMembers` call when a search or a sort Better Auth cannot do itself makes
   * the adapter read the whole organization (see docs/better-auth.md). Default 1,000.
   */
  scanPageSize?: number;
  /** Told when something after a committed change failed (R30). Default: `console.error`. */
  onError?(error: unknown): void;
}

/** The organization plugin's settings the adapter mirrors. */
export interface OrganizationSettings {
  creatorRole: string;
  /** `null` when a function decides it per organization. */
  membershipLimit: number | null;
  invitationValidityDays: number;
}

interface OrganizationPluginOptions {
  creatorRole?: unknown;
  membershipLimit?: unknown;
  invitationExpiresIn?: unknown;
}

/** Better Auth's defaults: `creatorRole: "owner"`, `membershipLimit: 100`, `invitationExpiresIn: 48 h`. */
const BETTER_AUTH_INVITATION_EXPIRES_IN_SECONDS = 48 * 60 * 60;
const BETTER_AUTH_MEMBERSHIP_LIMIT = 100;

/**
 * Reads the organization plugin's settings from `auth.options.plugins`, so that `can()` and the
 * invitation dates follow the host's configuration rather than a copy of it.
 */
export function readOrganizationSettings(auth: BetterAuthInstance): OrganizationSettings {
  const plugin = auth.options.plugins?.find((candidate) => candidate.id === "organization");
  if (!plugin) {
    throw new TypeError(
      "react-user-management Better Auth adapter: the Better Auth instance has no organization plugin (betterAuth({ plugins: [organization()] })).",
    );
  }
  const settings = (plugin.options ?? {}) as OrganizationPluginOptions;
  const expiresIn =
    typeof settings.invitationExpiresIn === "number" && settings.invitationExpiresIn > 0
      ? settings.invitationExpiresIn
      : BETTER_AUTH_INVITATION_EXPIRES_IN_SECONDS;
  const limit = settings.membershipLimit;
  return {
    creatorRole: typeof settings.creatorRole === "string" && settings.creatorRole ? settings.creatorRole : "owner",
    // Better Auth reads `membershipLimit || 100`: 0 and absent both mean 100.
    membershipLimit:
      typeof limit === "function"
        ? null
        : typeof limit === "number" && limit > 0
          ? limit
          : BETTER_AUTH_MEMBERSHIP_LIMIT,
    invitationValidityDays: expiresIn / 86_400 || DEFAULT_INVITATION_VALIDITY_DAYS,
  };
}
