/**
 * `react-user-management`: the styled components, the headless hooks (TanStack Query), and what a
 * React app needs of the core beside them — every type, `can()`, the errors, email helpers.
 * Server- and adapter-side tools (role presets, validators, the memory adapter, the conformance
 * suite) live in their own entries (`/core`, `/adapters/memory`, `/testing`), so they cost a browser
 * bundle nothing unless imported.
 */

export { getAdapterCapabilities } from "./adapter";
export type * from "./adapter/contract";
export * from "./components";
// Named one by one: `export type *` would let the bundled .d.ts re-export /core's values too.
export type { Action, ActionTargets, Decision, DenyReason, PolicyContext } from "./core/can";
export { assertCan, can } from "./core/can";
export type { Clock, ManualClock } from "./core/clock";
export { normalizeEmail, parseEmailList, validateEmail } from "./core/email";
export type { FieldErrors, UserManagementErrorCode, UserManagementErrorDetails } from "./core/errors";
export { isUserManagementError, toUserManagementError, UserManagementError } from "./core/errors";
export { PERMISSIONS } from "./core/permissions";
export type { RolePresetName } from "./core/presets";
export type { RoleHolder } from "./core/roles";
export type {
  Account,
  ExternalUser,
  HomeAccount,
  Invitation,
  InvitationSender,
  InvitationStatus,
  IsoDateTime,
  Permission,
  Plan,
  RoleDefinition,
  RoleKind,
  RoleModel,
  User,
  UserProfile,
  UserStatus,
  Viewer,
} from "./core/types";
export * from "./hooks";
