export type { Action, ActionTargets, Decision, DenyReason, PolicyContext } from "./can";
export { assertCan, can } from "./can";
export type { Clock, ManualClock } from "./clock";
export { createManualClock, systemClock } from "./clock";
export { MAX_NAME_LENGTH, normalizeEmail, parseEmailList, validateEmail, validateProfile } from "./email";
export type { FieldErrors, UserManagementErrorCode, UserManagementErrorDetails } from "./errors";
export { assertValid, isUserManagementError, toUserManagementError, UserManagementError } from "./errors";
export { DEFAULT_INVITATION_VALIDITY_DAYS, invitationExpiresAt, invitationStatusAt } from "./invitationExpiry";
export { MAX_PAGE_SIZE, validatePaging } from "./paging";
export { PERMISSIONS } from "./permissions";
export type { RolePresetName } from "./presets";
export { accountHolderMemberPreset, administratorUserCustomPreset, ownerManagerPreset, rolePresets } from "./presets";
export { validateRoleAssignment } from "./roleAssignment";
export type { RoleHolder } from "./roles";
export { countActiveOwners, findRole, hasPermission, isOwnerRole } from "./roles";
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
