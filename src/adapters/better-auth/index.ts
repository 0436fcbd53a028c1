/**
 * `react-user-management/adapters/better-auth`: the adapter over Better Auth's organization plugin.
 * Better Auth is an optional peer dependency: only hosts that import this entry need it, and the
 * entry imports nothing of it at run time (it calls the host's own `auth` instance).
 */
export type {
  BetterAuthInstance,
  BetterAuthInvitation,
  BetterAuthMember,
  BetterAuthOrganizationApi,
  BetterAuthPluginLike,
  BetterAuthSession,
} from "./betterAuthApi";
export { fromBetterAuthError } from "./betterAuthErrors";
export { BETTER_AUTH_DECLARATION } from "./capabilities";
export { type BetterAuthAdapter, createBetterAuthAdapter } from "./createBetterAuthAdapter";
export { defaultNameMapping, type NameMapping } from "./names";
export type { BetterAuthAdapterOptions, OrganizationSettings } from "./options";
export { readOrganizationSettings } from "./options";
export { betterAuthRoleModel, roleIdOf } from "./roleModel";
export { versionOf } from "./version";
