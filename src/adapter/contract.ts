import type {
  Account,
  ExternalUser,
  Invitation,
  Permission,
  RoleDefinition,
  User,
  UserStatus,
  Viewer,
} from "../core/types";

/** Every call can be cancelled: TanStack Query passes its signal, a REST adapter forwards it to fetch. */
export interface RequestParams {
  signal?: AbortSignal;
}

/** Result of `getSession`: who is looking, and at which account. */
export interface SessionResult {
  viewer: Viewer;
  account: Account;
}

/** Result of `getRoleModel`: the roles and permission catalog in use. */
export interface RoleModelResult {
  roles: RoleDefinition[];
  permissions: Permission[];
  defaultRoleId: string;
}

/** Columns the user list sorts by (server-side, R1). */
export type UserSortField = "name" | "email" | "lastLoginAt" | "role" | "status" | "createdAt";

/** `asc` or `desc`. */
export type SortDirection = "asc" | "desc";

/** A sort order: a field and a direction. */
export interface UserSort {
  field: UserSortField;
  direction: SortDirection;
}

/** R1: one page of the user list, searched, filtered and sorted by the adapter. */
export interface ListUsersParams extends RequestParams {
  /** 1-based. A page past the end returns no users (and the true total). */
  page: number;
  /** 1 to 200. */
  pageSize: number;
  /** Matches name or email, case-insensitively, anywhere in the text. */
  search?: string;
  sort?: UserSort;
  /** Only users with one of these roles. Empty or absent: every role. */
  roleIds?: readonly string[];
  /** Only users with one of these statuses. Empty or absent: every status. */
  statuses?: readonly UserStatus[];
}

/** One page of users and how many match in all. */
export interface ListUsersResult {
  users: User[];
  total: number;
}

/** Identifies one record. */
export interface ByIdParams extends RequestParams {
  id: string;
}

/** Result carrying one user. */
export interface UserResult {
  user: User;
}

/** What `updateUser` may change. Absent fields stay as they are. */
export interface UserChanges {
  firstName?: string;
  lastName?: string;
  email?: string;
  roleId?: string;
  /** Custom-role grants (R5); rejected unless the (new) role is `custom`. */
  permissions?: readonly string[];
}

/** R25: an update names the version it was based on; an older one is a `conflict`. */
export interface UpdateUserParams extends RequestParams {
  id: string;
  version: number;
  changes: UserChanges;
}

/** Suspend or reactivate (R10). */
export interface UserStatusParams extends RequestParams {
  id: string;
  version?: number;
}

/** R17: changing another user's password needs the actor's own password. */
export interface ChangePasswordParams extends RequestParams {
  id: string;
  newPassword: string;
  /** The acting person's own current password. */
  actorPassword: string;
}

/** Paging for the smaller lists (invitations, external users). */
export interface ListPageParams extends RequestParams {
  page?: number;
  pageSize?: number;
}

/** Pending and expired invitations (R12). */
export interface ListInvitationsResult {
  invitations: Invitation[];
  total: number;
}

/** One person to invite (R11). */
export interface Invitee {
  email: string;
  firstName?: string;
  lastName?: string;
}

/** R11: invite several people with one role; each gets a result of its own. */
export interface InviteUsersParams extends RequestParams {
  invitees: readonly Invitee[];
  roleId: string;
  /** For a custom role: the permissions granted. */
  permissions?: readonly string[];
}

/** R11: what happened to one address. */
export type InviteOutcome = "sent" | "already_member" | "already_invited" | "invalid" | "seat_limit";

/** R11: the result for one address; `invitation` is set when it was sent. */
export interface InviteResult {
  email: string;
  outcome: InviteOutcome;
  message: string;
  invitation?: Invitation;
  /**
   * R30, for `sent`: `false` when the invitation was stored but its email could not be sent (resend
   * it); `true` when the email went out. Absent when the adapter does not say.
   */
  emailSent?: boolean;
}

/** All results of one `inviteUsers` call, in the order the addresses were given. */
export interface InviteUsersResult {
  results: InviteResult[];
}

/** Result carrying one invitation. */
export interface InvitationResult {
  invitation: Invitation;
  /**
   * R30, for resend and replace: `false` when the invitation was stored but its email could not be
   * sent (resend it); `true` when it went out. Absent when the adapter does not say.
   */
  emailSent?: boolean;
}

/** R14: "change" a pending invitation = cancel it and send a new one, in one step. */
export interface ReplaceInvitationParams extends RequestParams {
  id: string;
  invitee: Invitee;
  roleId: string;
  permissions?: readonly string[];
}

/** R15: the invitee completes their profile from the link. */
export interface AcceptInvitationParams extends RequestParams {
  token: string;
  firstName: string;
  lastName: string;
}

/** External users of this account (R21). */
export interface ListExternalUsersResult {
  externalUsers: ExternalUser[];
  total: number;
}

/** R22: change an external user's role here; their home account is untouched. */
export interface UpdateExternalUserParams extends RequestParams {
  id: string;
  version: number;
  roleId: string;
  permissions?: readonly string[];
}

/** Result carrying one external user. */
export interface ExternalUserResult {
  externalUser: ExternalUser;
}

/**
 * What the library needs from a backend. A plain object: write your own over your API, or use the
 * memory or REST adapters. Every method throws `UserManagementError` on failure and must enforce
 * `can()` itself (R9), so a UI that is bypassed changes nothing.
 *
 * Optional methods are capabilities: when one is absent the UI hides what needs it
 * (see `getAdapterCapabilities`).
 */
export interface UserManagementAdapter {
  getSession(params: RequestParams): Promise<SessionResult>;
  getRoleModel(params: RequestParams): Promise<RoleModelResult>;

  listUsers(params: ListUsersParams): Promise<ListUsersResult>;
  getUser(params: ByIdParams): Promise<UserResult>;
  updateUser(params: UpdateUserParams): Promise<UserResult>;
  deleteUser(params: ByIdParams): Promise<void>;
  suspendUser?(params: UserStatusParams): Promise<UserResult>;
  reactivateUser?(params: UserStatusParams): Promise<UserResult>;
  changePassword?(params: ChangePasswordParams): Promise<void>;

  listInvitations(params: ListPageParams): Promise<ListInvitationsResult>;
  inviteUsers(params: InviteUsersParams): Promise<InviteUsersResult>;
  resendInvitation(params: ByIdParams): Promise<InvitationResult>;
  cancelInvitation(params: ByIdParams): Promise<void>;
  replaceInvitation?(params: ReplaceInvitationParams): Promise<InvitationResult>;
  acceptInvitation?(params: AcceptInvitationParams): Promise<UserResult>;

  listExternalUsers?(params: ListPageParams): Promise<ListExternalUsersResult>;
  updateExternalUser?(params: UpdateExternalUserParams): Promise<ExternalUserResult>;
  removeExternalUser?(params: ByIdParams): Promise<void>;
}

/** The names of the contract's optional methods (its capabilities). */
export type OptionalAdapterMethod = {
  [K in keyof UserManagementAdapter]-?: undefined extends UserManagementAdapter[K] ? K : never;
}[keyof UserManagementAdapter];

/** The optional parts of the contract, as flags a UI can read. */
export interface AdapterCapabilities {
  suspendUsers: boolean;
  changePassword: boolean;
  replaceInvitation: boolean;
  acceptInvitation: boolean;
  externalUsers: boolean;
}

/** Reads which optional capabilities an adapter implements. */
export function getAdapterCapabilities(adapter: UserManagementAdapter): AdapterCapabilities {
  return {
    suspendUsers: typeof adapter.suspendUser === "function" && typeof adapter.reactivateUser === "function",
    changePassword: typeof adapter.changePassword === "function",
    replaceInvitation: typeof adapter.replaceInvitation === "function",
    acceptInvitation: typeof adapter.acceptInvitation === "function",
    externalUsers:
      typeof adapter.listExternalUsers === "function" &&
      typeof adapter.updateExternalUser === "function" &&
      typeof adapter.removeExternalUser === "function",
  };
}
