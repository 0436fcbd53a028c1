export { ACTIONS } from "./actions";
export { assertCan, can, DENY_REASON_CODES, missingRecordError } from "./can";
export { createManualClock, systemClock } from "./clock";
export { normalizeEmail, parseEmailList, validateEmail, validateProfile } from "./email";
export {
  assertValid,
  isRetryableError,
  isUserManagementError,
  toUserManagementError,
  UserManagementError,
} from "./errors";
export { DEFAULT_INVITATION_VALIDITY_DAYS, invitationExpiresAt, invitationStatusAt } from "./invitationExpiry";
export type { InvitationFields } from "./invitationRecords";
export {
  alreadyMemberError,
  assertInvitationAcceptable,
  invitationSender,
  invitationValidity,
  newInvitationFields,
  userFromInvitation,
  withInvitationStatus,
} from "./invitationRecords";
export type { InviteeFields, InviteFacts, InvitePlan } from "./invitePlanning";
export { MAX_INVITEES, planInvitations, validateInviteeCount, validateInvitees } from "./invitePlanning";
export {
  hasControlCharacter,
  MAX_EMAIL_LENGTH,
  MAX_GRANTS,
  MAX_ID_LENGTH,
  MAX_NAME_LENGTH,
  MAX_PAGE,
  MAX_PASSWORD_LENGTH,
  MAX_SEARCH_LENGTH,
  textProblem,
  validateId,
  validateSearch,
  validateText,
} from "./limits";
export { DEFAULT_LIST_PAGE_SIZE, MAX_PAGE_SIZE, pageOf, validatePaging } from "./paging";
export { MIN_PASSWORD_LENGTH, reauthenticationError, validateNewPassword } from "./password";
export { PERMISSIONS } from "./permissions";
export { accountHolderMemberPreset, administratorUserCustomPreset, ownerManagerPreset, rolePresets } from "./presets";
export type * from "./publicTypes";
export { conflictError, notFoundError } from "./recordErrors";
export { validateRoleAssignment } from "./roleAssignment";
export { countActiveOwners, findRole, hasPermission, isOwnerRole, withinRoleCeiling } from "./roles";
export type { UserChangeSet, UserUpdatePlan } from "./userUpdate";
export { assertCanChangeUser, emailTakenError, planUserUpdate } from "./userUpdate";
export { assertActiveViewer } from "./viewerAccess";
