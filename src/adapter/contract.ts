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
  /** 1-based. A page past the end returns no users (and the total, or its lower bound). */
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
  /**
   * Keyset paging (optional for adapters): the `nextCursor` of page `page - 1` of the same list. An
   * adapter that pages by cursor reads the rows after it, without counting past the skipped ones;
   * one that does not ignores it and reads `page` by offset. `page` still says which page this is.
   * A cursor the adapter cannot read is `validation`.
   */
  after?: string;
  /** As `after`, backwards: the `prevCursor` of page `page + 1`. Never together with `after`. */
  before?: string;
}

/** One page of users and how many match in all. */
export interface ListUsersResult {
  users: User[];
  /** How many users match, across pages: exact, unless `totalIsLowerBound`. */
  total: number;
  /**
   * `true` when `total` is a lower bound: at least `total` users match, and more may. A backend that
   * counts a long list only up to a limit says so (the PostgreSQL store counts to 10,000), and the UI
   * shows "10,000+". A lower bound still counts the rows up to this page, plus one when a next page
   * exists, so that the page count reaches the next page. Absent (or `false`): `total` is exact.
   */
  totalIsLowerBound?: boolean;
  /**
   * Opaque; pass it as `after` (with `page + 1`) to read the next page by keyset. Absent when there is
   * no next page, or when the adapter pages by offset only: callers then page by number.
   */
  nextCursor?: string;
  /** Opaque; pass it as `before` (with `page - 1`) to read the previous page. Absent as `nextCursor`. */
  prevCursor?: string;
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

/**
 * R11: what happened to one address. `refused`: the backend declined this address for a reason of
 * its own (a blocked domain, a rule of its identity provider); `message` says why. The other
 * addresses of the batch still get their own outcome.
 */
export type InviteOutcome = "sent" | "already_member" | "already_invited" | "invalid" | "seat_limit" | "refused";

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

/**
 * R15: the invitee completes their profile from the link. Who accepts is the person the adapter
 * acts for: an adapter bound to no session accepts on the token alone; one bound to the invitee's
 * session (as most real backends require) accepts as them.
 */
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
  /**
   * What the backend declares beyond the methods it has: capabilities it lacks although a method is
   * present (a REST adapter has every method, its server may not), and its product choices
   * ({@link AdapterBehaviours}). Absent: every method present is a capability, with the default
   * behaviours.
   */
  getCapabilities?(params: RequestParams): Promise<CapabilitiesResult>;
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
  /** R10: `suspendUser` and `reactivateUser`. */
  suspendUsers: boolean;
  /** R17: `changePassword`. */
  changePassword: boolean;
  /** R14: `replaceInvitation`. */
  replaceInvitation: boolean;
  /** R15: `acceptInvitation`. */
  acceptInvitation: boolean;
  /** R21, R22: `listExternalUsers`, `updateExternalUser` and `removeExternalUser`. */
  externalUsers: boolean;
  /**
   * R16: `updateUser` changes another user's name and email, not only their role. Many backends
   * forbid it (a login is global across accounts; changing someone's email is a takeover vector):
   * they declare `false`, and editing someone else offers their role only.
   */
  editOtherProfiles: boolean;
  /**
   * R2: `updateUser` changes an email address at once. Backends that change a login's address only
   * through a confirmation sent to it declare `false`: the email is then shown read-only.
   */
  changeEmail: boolean;
}

/** Every optional capability off: what nothing is offered on until a backend has declared itself. */
export const NO_CAPABILITIES: Readonly<AdapterCapabilities> = {
  suspendUsers: false,
  changePassword: false,
  replaceInvitation: false,
  acceptInvitation: false,
  externalUsers: false,
  editOtherProfiles: false,
  changeEmail: false,
};

/**
 * Product choices where the domain allows more than one; a backend declares its own in
 * `getCapabilities`, and the conformance suite checks the declared one. Also one hint to the UI
 * (`search`), which the suite does not check.
 */
export interface AdapterBehaviours {
  /**
   * R2: how an email is stored and shown. `as-typed` keeps the person's spelling; `lower-case`
   * stores it lower-cased. Either way addresses compare case-insensitively.
   */
  emailCase: "as-typed" | "lower-case";
  /**
   * R13: what resending does to the accept link. `fresh`: a new link, and the old one stops working;
   * `same`: the link stays and its validity restarts.
   */
  resendLink: "fresh" | "same";
  /**
   * R1: when the users table's search box asks `listUsers`. Absent or `debounced`: once typing
   * pauses (250 ms), one request per pause, as a backend across a network needs. `as-typed`: at
   * every change, rendered as a React transition so keystrokes stay instant and the rows follow the
   * typing; for an adapter that answers in the page's own process (the memory adapter without
   * imitated latency). A hint, not a rule: the conformance suite does not check it, and it does not
   * cross HTTP (the handler's answer leaves it out), so the REST adapter always debounces.
   */
  search?: "debounced" | "as-typed";
}

/** The behaviours assumed when a backend does not declare its own: the strict ones. */
export const DEFAULT_ADAPTER_BEHAVIOURS: Readonly<AdapterBehaviours> = { emailCase: "as-typed", resendLink: "fresh" };

/** Result of `getCapabilities`: what a backend declares. Anything it leaves out keeps its default. */
export interface CapabilitiesResult {
  /** `false` turns a capability off even when its method is present; `true` never turns one on without it. */
  capabilities?: Partial<AdapterCapabilities>;
  behaviours?: Partial<AdapterBehaviours>;
}

/**
 * Reads which optional capabilities an adapter implements: a capability needs its methods, and is
 * off when `declared` (the answer of `getCapabilities`, once known) says `false`.
 */
export function getAdapterCapabilities(
  adapter: UserManagementAdapter,
  declared: CapabilitiesResult = {},
): AdapterCapabilities {
  const has = (...names: OptionalAdapterMethod[]) => names.every((name) => typeof adapter[name] === "function");
  const present: AdapterCapabilities = {
    suspendUsers: has("suspendUser", "reactivateUser"),
    changePassword: has("changePassword"),
    replaceInvitation: has("replaceInvitation"),
    acceptInvitation: has("acceptInvitation"),
    externalUsers: has("listExternalUsers", "updateExternalUser", "removeExternalUser"),
    editOtherProfiles: true,
    changeEmail: true,
  };
  const off = declared.capabilities ?? {};
  for (const name of Object.keys(present) as (keyof AdapterCapabilities)[]) {
    if (off[name] === false) present[name] = false;
  }
  return present;
}

/** The behaviours an adapter declared, with the defaults for what it left out. */
export function getAdapterBehaviours(declared: CapabilitiesResult = {}): AdapterBehaviours {
  return { ...DEFAULT_ADAPTER_BEHAVIOURS, ...definedOnly(declared.behaviours ?? {}) };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>;
}
