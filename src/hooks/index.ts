/**
 * Headless hooks over TanStack Query: a provider, query keys, query and mutation options a host
 * app can prefetch or invalidate with, and hooks for the users page. No DOM, no styles.
 */

export type { CacheSnapshot } from "./cacheSnapshot";
export { type CancelInvitationVariables, cancelInvitationMutationOptions } from "./cancelInvitationMutationOptions";
export { capabilitiesQueryOptions } from "./capabilitiesQueryOptions";
export { type ChangePasswordVariables, changePasswordMutationOptions } from "./changePasswordMutationOptions";
export { type DeleteUserVariables, deleteUserMutationOptions } from "./deleteUserMutationOptions";
export { externalUsersQueryOptions } from "./externalUsersQueryOptions";
export { invitationsQueryOptions } from "./invitationsQueryOptions";
export { type InviteUsersVariables, inviteUsersMutationOptions } from "./inviteUsersMutationOptions";
export type { PageListParams, UsersListParams } from "./listParams";
export type { ListQueryState } from "./listQueryState";
export { reactivateUserMutationOptions } from "./reactivateUserMutationOptions";
export {
  type RemoveExternalUserVariables,
  removeExternalUserMutationOptions,
} from "./removeExternalUserMutationOptions";
export { type ReplaceInvitationVariables, replaceInvitationMutationOptions } from "./replaceInvitationMutationOptions";
export { type ResendInvitationVariables, resendInvitationMutationOptions } from "./resendInvitationMutationOptions";
export { roleModelQueryOptions } from "./roleModelQueryOptions";
export { sessionQueryOptions } from "./sessionQueryOptions";
export { suspendUserMutationOptions } from "./suspendUserMutationOptions";
export type { UserManagementContextValue } from "./UserManagementContext";
export { UserManagementProvider, type UserManagementProviderProps } from "./UserManagementProvider";
export {
  type UpdateExternalUserVariables,
  updateExternalUserMutationOptions,
} from "./updateExternalUserMutationOptions";
export { type UpdateUserVariables, updateUserMutationOptions } from "./updateUserMutationOptions";
export { type UseAdapterCapabilitiesResult, useAdapterCapabilities } from "./useAdapterCapabilities";
export { useCancelInvitation } from "./useCancelInvitation";
export { useChangePassword } from "./useChangePassword";
export { useDeleteUser } from "./useDeleteUser";
export { type UseExternalUsersOptions, type UseExternalUsersResult, useExternalUsers } from "./useExternalUsers";
export { type UseInvitationsOptions, type UseInvitationsResult, useInvitations } from "./useInvitations";
export { useInviteUsers } from "./useInviteUsers";
export type { PageState } from "./usePageState";
export { type CanArgs, type CanExtra, type UsePermissionsResult, usePermissions } from "./usePermissions";
export { useReactivateUser } from "./useReactivateUser";
export { useRemoveExternalUser } from "./useRemoveExternalUser";
export { useReplaceInvitation } from "./useReplaceInvitation";
export { useResendInvitation } from "./useResendInvitation";
export { useRoleModel } from "./useRoleModel";
export { type UserManagementMutationName, userManagementKeys } from "./userManagementKeys";
export { userQueryOptions } from "./userQueryOptions";
export type { UserStatusVariables } from "./userStatusMutationOptions";
export { usersQueryOptions } from "./usersQueryOptions";
export { useSession } from "./useSession";
export { useSuspendUser } from "./useSuspendUser";
export { useUpdateExternalUser } from "./useUpdateExternalUser";
export { useUpdateUser } from "./useUpdateUser";
export { useUser } from "./useUser";
export { useUserManagementAdapter } from "./useUserManagementAdapter";
export { type UseUsersOptions, type UseUsersResult, useUsers } from "./useUsers";
export {
  DEFAULT_USERS_PAGE_SIZE,
  type UsersListState,
  type UsersListStateControls,
  useUsersListState,
} from "./useUsersListState";
