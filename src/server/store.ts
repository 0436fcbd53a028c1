import type { ListUsersParams, ListUsersResult } from "../adapter/contract";
import type { InvitationFields } from "../core/invitationRecords";
import type { Account, ExternalUser, RoleModel, User } from "../core/types";

/** The account and its role model, as stored. */
export interface StoredAccount {
  account: Omit<Account, "seatsUsed">;
  roleModel: RoleModel;
}

/** An invitation as the server stores it: the hash of its link's token, never the token itself. */
export interface InvitationRecord extends InvitationFields {
  tokenHash: string;
}

/** Asks to lock the record read until the transaction ends (`SELECT … FOR UPDATE`). */
export interface LockOption {
  forUpdate?: boolean;
}

/** One page of a list. */
export interface Page<T> {
  items: T[];
  total: number;
}

/** What a list of users asks for, paging included. */
export type UserListQuery = Omit<ListUsersParams, "signal">;

/**
 * Storage primitives, inside one transaction, for one account (R28): every read and write concerns
 * that account's records alone, and ids or emails that another account holds too are not seen. No policy here: the handler decides with core's `can()`
 * and calls these. Reads that a decision depends on take `forUpdate`, so that concurrent requests
 * decide one after the other (R19, R25).
 */
export interface StoreTransaction {
  getAccount(options?: LockOption): Promise<StoredAccount>;
  /** R1: users who are not revoked plus invitations pending at `now`. */
  countSeatsUsed(now: Date): Promise<number>;
  countUsers(): Promise<number>;
  /**
   * R19: locks the active users holding one of these (owner-kind) roles, in a fixed order, and
   * returns how many there are. Every change that could leave the account without an owner calls
   * it first, so two such changes cannot both see "two owners left".
   */
  lockActiveOwners(ownerRoleIds: readonly string[]): Promise<number>;

  findUser(id: string, options?: LockOption): Promise<User | undefined>;
  /** `roleOrder`: role ids in the role model's order, for sorting by role. */
  listUsers(query: UserListQuery, roleOrder: readonly string[]): Promise<ListUsersResult>;
  /** R2: which of these normalised emails a user has. */
  memberEmails(emailKeys: readonly string[]): Promise<Set<string>>;
  insertUser(user: User): Promise<void>;
  /** R25: stores `user` only if the stored version is still `expectedVersion`; says whether it did. */
  updateUser(user: User, expectedVersion: number): Promise<boolean>;
  deleteUser(id: string): Promise<boolean>;
  passwordHash(userId: string): Promise<string | undefined>;
  setPasswordHash(userId: string, hash: string): Promise<void>;

  /** Newest first. */
  listInvitations(page: number, pageSize: number): Promise<Page<InvitationFields>>;
  findInvitation(id: string, options?: LockOption): Promise<InvitationRecord | undefined>;
  findInvitationByTokenHash(tokenHash: string, options?: LockOption): Promise<InvitationRecord | undefined>;
  /** R11: which of these normalised emails a pending invitation (other than `exceptId`) has. */
  invitedEmails(emailKeys: readonly string[], now: Date, exceptId?: string): Promise<Set<string>>;
  /** Replaces a record with the same id, or adds it. */
  saveInvitation(invitation: InvitationRecord): Promise<void>;
  deleteInvitation(id: string): Promise<boolean>;
  /** A new invitation replaces expired ones for the same address rather than sitting beside them. */
  deleteExpiredInvitations(emailKeys: readonly string[], now: Date): Promise<void>;

  listExternalUsers(page: number, pageSize: number): Promise<Page<ExternalUser>>;
  findExternalUser(id: string, options?: LockOption): Promise<ExternalUser | undefined>;
  /** R25: as `updateUser`. */
  updateExternalUser(externalUser: ExternalUser, expectedVersion: number): Promise<boolean>;
  deleteExternalUser(id: string): Promise<boolean>;
}

/** Options of `UserManagementStore.transaction`. */
export interface TransactionOptions {
  /**
   * R28: the account every read and write of the transaction is scoped to: a record of another
   * account is not found, a list never shows one, a write never reaches one. When absent, the store's
   * only account (what a store of one account, as before version 3, does): the transaction fails
   * when the store holds several, since it cannot tell whose request it runs.
   */
  accountId?: string;
  /**
   * The signed-in caller's user id, when there is one. The handler reads `getAccount()` and then
   * `findUser(viewerId)` first in every transaction of a caller (R10): a store may read both in one
   * go when asked for the account, and answer that `findUser` from it, as long as nothing else was
   * sent in between. A store may ignore it.
   */
  viewerId?: string;
}

/**
 * Where the server keeps accounts' users, invitations and external users. `createPostgresStore`
 * is one; any database with transactions and row locks can be another.
 */
export interface UserManagementStore {
  /**
   * Runs `work` in one transaction, scoped to one account (`options.accountId`, R28): committed when
   * it resolves, rolled back when it throws. `tx.getAccount()` fails with `access_revoked` when
   * `accountId` names no stored account (a session of an account that is gone), and with
   * `unavailable` when no `accountId` is given and the store holds no account yet.
   */
  transaction<T>(work: (tx: StoreTransaction) => Promise<T>, options?: TransactionOptions): Promise<T>;
  /**
   * R15, R28: the account holding the invitation whose link token hashes to `tokenHash`, so that an
   * anonymous acceptance runs in that account; `undefined` when no account holds it, or more than one
   * (a hash two accounts share is no credential: neither is chosen). A store without it serves one
   * account, and acceptances run there.
   */
  findInvitationAccount?(tokenHash: string): Promise<string | undefined>;
  /**
   * R31: how many transactions the store runs at once (a connection pool's size), when it knows:
   * `createUserManagementHandler`'s default `maxConcurrentRequests`, so requests beyond it wait in the
   * handler's bounded queue rather than in the pool's unbounded one.
   */
  readonly maxConcurrentTransactions?: number;
}
