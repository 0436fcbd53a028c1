import { type PageListParams, toListParams, type UsersListParams } from "./listParams";

const all = ["react-user-management"] as const;
const usersAll = [...all, "users"] as const;
const invitationsAll = [...all, "invitations"] as const;
const externalUsersAll = [...all, "externalUsers"] as const;

/** The mutations this library runs, by name; see {@link userManagementKeys}`.mutation`. */
export type UserManagementMutationName =
  | "updateUser"
  | "deleteUser"
  | "suspendUser"
  | "reactivateUser"
  | "changePassword"
  | "inviteUsers"
  | "resendInvitation"
  | "cancelInvitation"
  | "replaceInvitation"
  | "updateExternalUser"
  | "removeExternalUser";

/**
 * Query keys of every query this library runs, from general to specific, so a host app can
 * prefetch, read or invalidate with them: invalidating `users.all` refreshes every user list page
 * and every user detail; `users.lists()` only the pages. Keys hold plain data only (never a signal
 * or a function), so they hash and persist safely.
 *
 * @example
 * ```ts
 * queryClient.invalidateQueries({ queryKey: userManagementKeys.users.lists() });
 * ```
 */
export const userManagementKeys = {
  /** Prefix of every key of this library. */
  all,
  /** The viewer and their account (`getSession`). */
  session: () => [...all, "session"] as const,
  /** What the backend declares (`getCapabilities`). */
  capabilities: () => [...all, "capabilities"] as const,
  /** Roles and the permission catalog (`getRoleModel`). */
  roleModel: () => [...all, "roleModel"] as const,
  users: {
    /** Every user list page and user detail. */
    all: usersAll,
    /** Every user list page, whatever its search, filters, sort or page. */
    lists: () => [...usersAll, "list"] as const,
    /** One page of the user list. */
    list: (params: UsersListParams) => [...usersAll, "list", toListParams(params)] as const,
    /** Every user detail. */
    details: () => [...usersAll, "detail"] as const,
    /** One user (`getUser`). */
    detail: (id: string) => [...usersAll, "detail", id] as const,
  },
  invitations: {
    /** Every invitation list page. */
    all: invitationsAll,
    /** One page of pending and expired invitations. */
    list: (params: PageListParams = {}) => [...invitationsAll, "list", toListParams(params)] as const,
  },
  externalUsers: {
    /** Every external user list page. */
    all: externalUsersAll,
    /** One page of external users. */
    list: (params: PageListParams = {}) => [...externalUsersAll, "list", toListParams(params)] as const,
  },
  /** The `mutationKey` of one of this library's mutations, for `useIsMutating` or `useMutationState`. */
  mutation: (name: UserManagementMutationName) => [...all, "mutation", name] as const,
} as const;
