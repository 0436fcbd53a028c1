import { normalizeEmail } from "../../core/email";
import { type Fold, foldedName, foldForSearch, nameSortKey } from "../../core/foldText";
import type { InvitationFields } from "../../core/invitationRecords";
import type { ExternalUser, InvitationSender, IsoDateTime, User, UserStatus } from "../../core/types";
import type { InvitationRecord } from "../store";

/*
 * Rows as the store selects them (camel-cased by the SELECT lists below) and their domain records.
 * `pg` and PGlite both return timestamptz as Date, but a custom type parser may give strings: both
 * are accepted.
 */

type Timestamp = Date | string;

const iso = (value: Timestamp): IsoDateTime => new Date(value).toISOString();
const isoOrNull = (value: Timestamp | null): IsoDateTime | null => (value === null ? null : iso(value));

export const USER_COLUMNS = `id, email, first_name AS "firstName", last_name AS "lastName", role_id AS "roleId",
  permissions, status, two_factor_enabled AS "twoFactorEnabled", last_login_at AS "lastLoginAt",
  created_at AS "createdAt", version`;

export interface UserRow {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  roleId: string;
  permissions: string[];
  status: UserStatus;
  twoFactorEnabled: boolean;
  lastLoginAt: Timestamp | null;
  createdAt: Timestamp;
  version: number;
}

export function toUser(row: UserRow): User {
  return {
    ...row,
    permissions: [...row.permissions],
    lastLoginAt: isoOrNull(row.lastLoginAt),
    createdAt: iso(row.createdAt),
    version: Number(row.version),
  };
}

/**
 * A user's columns in table order, for INSERT and UPDATE, then `email_key`: R2's comparison key,
 * computed by core's `normalizeEmail` (PostgreSQL's `lower()` folds some scripts differently).
 */
export function userValues(user: User): unknown[] {
  return [
    user.id,
    user.email,
    user.firstName,
    user.lastName,
    user.roleId,
    [...user.permissions],
    user.status,
    user.twoFactorEnabled,
    user.lastLoginAt,
    user.createdAt,
    user.version,
    normalizeEmail(user.email),
  ];
}

/**
 * R1: the text a search looks in, stored as `search_key`: the folded "first last" and the folded email
 * (core's `foldForSearch`, the memory adapter's very fold), joined by a newline. A search cannot hold
 * a newline (R31 refuses control characters), so "contains" is "the name or the email contains", as
 * in the memory adapter. `fold` may be a remembering one, for a pass over many users.
 */
export function userSearchKey(
  user: Pick<User, "firstName" | "lastName" | "email">,
  fold: Fold = foldForSearch,
): string {
  return `${foldedName(user, fold)}\n${foldForSearch(user.email)}`;
}

/**
 * R1: what a user list reads besides the user, in the users table's order: `search_key`
 * (`userSearchKey`), then `name_key`, the name order's key (core's `nameSortKey`, the memory adapter's).
 * Written with every insert and update, so a stored key is never stale.
 */
export function userListKeys(
  user: Pick<User, "firstName" | "lastName" | "email">,
  fold: Fold = foldForSearch,
): [searchKey: string, nameKey: string] {
  return [userSearchKey(user, fold), nameSortKey(user, fold)];
}

export const INVITATION_COLUMNS = `id, email, first_name AS "firstName", last_name AS "lastName", role_id AS "roleId",
  permissions, invited_by AS "invitedBy", sent_at AS "sentAt", expires_at AS "expiresAt", token_hash AS "tokenHash"`;

export interface InvitationRow {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  roleId: string;
  permissions: string[];
  invitedBy: InvitationSender | null;
  sentAt: Timestamp;
  expiresAt: Timestamp;
  tokenHash: string;
}

export function toInvitationRecord(row: InvitationRow): InvitationRecord {
  return { ...row, permissions: [...row.permissions], sentAt: iso(row.sentAt), expiresAt: iso(row.expiresAt) };
}

/** The API's view of an invitation: never its token hash. */
export function toInvitationFields(row: InvitationRow): InvitationFields {
  const { tokenHash: _secret, ...fields } = toInvitationRecord(row);
  return fields;
}

/** An invitation's columns in table order, then `email_key` (as `userValues`). */
export function invitationValues(invitation: InvitationRecord): unknown[] {
  return [
    invitation.id,
    invitation.email,
    invitation.firstName,
    invitation.lastName,
    invitation.roleId,
    [...invitation.permissions],
    invitation.invitedBy === null ? null : JSON.stringify(invitation.invitedBy),
    invitation.sentAt,
    invitation.expiresAt,
    invitation.tokenHash,
    normalizeEmail(invitation.email),
  ];
}

export const EXTERNAL_USER_COLUMNS = `id, email, first_name AS "firstName", last_name AS "lastName",
  home_account_id AS "homeAccountId", home_account_name AS "homeAccountName", role_id AS "roleId", permissions,
  status, two_factor_enabled AS "twoFactorEnabled", last_login_at AS "lastLoginAt", version`;

export interface ExternalUserRow extends Omit<UserRow, "createdAt"> {
  homeAccountId: string;
  homeAccountName: string;
}

export function toExternalUser(row: ExternalUserRow): ExternalUser {
  const { homeAccountId, homeAccountName, ...rest } = row;
  return {
    ...rest,
    homeAccount: { id: homeAccountId, name: homeAccountName },
    permissions: [...row.permissions],
    lastLoginAt: isoOrNull(row.lastLoginAt),
    version: Number(row.version),
  };
}

export function externalUserValues(external: ExternalUser): unknown[] {
  return [
    external.id,
    external.email,
    external.firstName,
    external.lastName,
    external.homeAccount.id,
    external.homeAccount.name,
    external.roleId,
    [...external.permissions],
    external.status,
    external.twoFactorEnabled,
    external.lastLoginAt,
    external.version,
  ];
}
