// The domain's public types, listed once for both the /core entry and the root entry. Types only:
// the root re-exports this file with `export type *`, which must never carry /core's values along.
export type { Action, ActionTargets, Decision, DenyReason, PolicyContext } from "./can";
export type { Clock, ManualClock } from "./clock";
export type { FieldErrors, UserManagementErrorCode, UserManagementErrorDetails } from "./errors";
export type { RolePresetName } from "./presets";
export type { RoleHolder } from "./roles";
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
} from "./types";
