import { UserManagementError } from "../../core/errors";
import type { ExternalUser, User } from "../../core/types";
import { emailTakenError } from "../../core/userUpdate";
import type {
  InvitationRecord,
  LockOption,
  Page,
  StoredAccount,
  StoreTransaction,
  UserListQuery,
  UserManagementStore,
} from "../store";
import {
  EXTERNAL_USER_COLUMNS,
  type ExternalUserRow,
  externalUserValues,
  INVITATION_COLUMNS,
  type InvitationRow,
  invitationValues,
  toExternalUser,
  toInvitationFields,
  toInvitationRecord,
  toUser,
  USER_COLUMNS,
  type UserRow,
  userValues,
} from "./rows";
import { DEFAULT_SCHEMA, quotedSchema } from "./schemaName";
import type { SqlClient, SqlQueryable } from "./sqlClient";
import { userListSql } from "./userListSql";

/** Options of `createPostgresStore`. */
export interface PostgresStoreOptions {
  /** PGlite as it is, or a `pg` pool through `pgPoolClient`. */
  client: SqlClient;
  /** The PostgreSQL schema holding the tables (see `migrate`). Defaults to `user_management`. */
  schema?: string;
}

const lock = (options?: LockOption) => (options?.forUpdate ? " FOR UPDATE" : "");

/** R2: the unique index on the normalised email turned a concurrent duplicate away. */
function isEmailTaken(error: unknown): boolean {
  const { code, constraint } = (error ?? {}) as { code?: unknown; constraint?: unknown };
  return code === "23505" && (constraint === undefined || constraint === "users_email_key");
}

class PostgresTransaction implements StoreTransaction {
  constructor(
    private readonly db: SqlQueryable,
    private readonly S: string,
  ) {}

  private async rows<Row>(text: string, params: unknown[] = []): Promise<Row[]> {
    return (await this.db.query<Row>(text, params)).rows;
  }

  private async count(text: string, params: unknown[] = []): Promise<number> {
    const [row] = await this.rows<{ count: number | string }>(text, params);
    return Number(row?.count ?? 0);
  }

  async getAccount(options?: LockOption): Promise<StoredAccount> {
    const [row] = await this.rows<{
      id: string;
      name: string;
      plan: StoredAccount["account"]["plan"];
      invitationValidityDays: number;
      roleModel: StoredAccount["roleModel"];
    }>(
      `SELECT id, name, plan, invitation_validity_days AS "invitationValidityDays", role_model AS "roleModel"
       FROM ${this.S}.account${lock(options)}`,
    );
    if (!row) {
      throw new UserManagementError(
        "unavailable",
        "The user management store holds no account yet: load one with loadDataset() after migrate().",
      );
    }
    const { roleModel, ...account } = row;
    return { account: { ...account, invitationValidityDays: Number(account.invitationValidityDays) }, roleModel };
  }

  countSeatsUsed(now: Date): Promise<number> {
    return this.count(
      `SELECT (SELECT count(*) FROM ${this.S}.users WHERE status <> 'revoked')
            + (SELECT count(*) FROM ${this.S}.invitations WHERE expires_at > $1) AS count`,
      [now.toISOString()],
    );
  }

  countUsers(): Promise<number> {
    return this.count(`SELECT count(*) AS count FROM ${this.S}.users`);
  }

  async lockActiveOwners(ownerRoleIds: readonly string[]): Promise<number> {
    // Locked in id order, so that two transactions locking the same owners never wait on each other
    // in a cycle. Rows changed or deleted meanwhile are re-checked when the lock is granted.
    const rows = await this.rows(
      `SELECT id FROM ${this.S}.users WHERE status = 'active' AND role_id = ANY($1::text[]) ORDER BY id FOR UPDATE`,
      [[...ownerRoleIds]],
    );
    return rows.length;
  }

  async findUser(id: string, options?: LockOption): Promise<User | undefined> {
    const [row] = await this.rows<UserRow>(
      `SELECT ${USER_COLUMNS} FROM ${this.S}.users WHERE id = $1${lock(options)}`,
      [id],
    );
    return row && toUser(row);
  }

  async listUsers(query: UserListQuery, roleOrder: readonly string[]) {
    const sql = userListSql(query, roleOrder);
    const total = await this.count(`SELECT count(*) AS count FROM ${this.S}.users ${sql.where}`, sql.whereParams);
    const limit = sql.params.length + 1;
    const rows = await this.rows<UserRow>(
      `SELECT ${USER_COLUMNS} FROM ${this.S}.users ${sql.where} ${sql.orderBy} LIMIT $${limit} OFFSET $${limit + 1}`,
      [...sql.params, query.pageSize, (query.page - 1) * query.pageSize],
    );
    return { users: rows.map(toUser), total };
  }

  async memberEmails(emailKeys: readonly string[]): Promise<Set<string>> {
    if (emailKeys.length === 0) return new Set();
    const rows = await this.rows<{ key: string }>(
      `SELECT lower(btrim(email)) AS key FROM ${this.S}.users WHERE lower(btrim(email)) = ANY($1::text[])`,
      [[...emailKeys]],
    );
    return new Set(rows.map((row) => row.key));
  }

  async insertUser(user: User): Promise<void> {
    try {
      await this.db.query(
        `INSERT INTO ${this.S}.users (id, email, first_name, last_name, role_id, permissions, status,
           two_factor_enabled, last_login_at, created_at, version)
         VALUES ($1, $2, $3, $4, $5, $6::text[], $7, $8, $9, $10, $11)`,
        userValues(user),
      );
    } catch (error) {
      if (isEmailTaken(error)) throw new UserManagementError("conflict", `${user.email} is already a member.`);
      throw error;
    }
  }

  async updateUser(user: User, expectedVersion: number): Promise<boolean> {
    try {
      const rows = await this.rows(
        `UPDATE ${this.S}.users SET email = $2, first_name = $3, last_name = $4, role_id = $5, permissions = $6::text[],
           status = $7, two_factor_enabled = $8, last_login_at = $9, created_at = $10, version = $11
         WHERE id = $1 AND version = $12 RETURNING id`,
        [...userValues(user), expectedVersion],
      );
      return rows.length === 1;
    } catch (error) {
      if (isEmailTaken(error)) {
        const fieldErrors = emailTakenError(user.email);
        throw new UserManagementError("validation", fieldErrors.email ?? "", { fieldErrors });
      }
      throw error;
    }
  }

  async deleteUser(id: string): Promise<boolean> {
    return (await this.rows(`DELETE FROM ${this.S}.users WHERE id = $1 RETURNING id`, [id])).length === 1;
  }

  async passwordHash(userId: string): Promise<string | undefined> {
    const [row] = await this.rows<{ hash: string | null }>(
      `SELECT password_hash AS hash FROM ${this.S}.users WHERE id = $1`,
      [userId],
    );
    return row?.hash ?? undefined;
  }

  async setPasswordHash(userId: string, hash: string): Promise<void> {
    await this.db.query(`UPDATE ${this.S}.users SET password_hash = $2 WHERE id = $1`, [userId, hash]);
  }

  async listInvitations(page: number, pageSize: number) {
    const total = await this.count(`SELECT count(*) AS count FROM ${this.S}.invitations`);
    const rows = await this.rows<InvitationRow>(
      `SELECT ${INVITATION_COLUMNS} FROM ${this.S}.invitations ORDER BY sent_at DESC, id LIMIT $1 OFFSET $2`,
      [pageSize, (page - 1) * pageSize],
    );
    return { items: rows.map(toInvitationFields), total };
  }

  private async findInvitationWhere(condition: string, value: string, options?: LockOption) {
    const [row] = await this.rows<InvitationRow>(
      `SELECT ${INVITATION_COLUMNS} FROM ${this.S}.invitations WHERE ${condition} = $1${lock(options)}`,
      [value],
    );
    return row && toInvitationRecord(row);
  }

  findInvitation(id: string, options?: LockOption): Promise<InvitationRecord | undefined> {
    return this.findInvitationWhere("id", id, options);
  }

  findInvitationByTokenHash(tokenHash: string, options?: LockOption): Promise<InvitationRecord | undefined> {
    return this.findInvitationWhere("token_hash", tokenHash, options);
  }

  async invitedEmails(emailKeys: readonly string[], now: Date, exceptId?: string): Promise<Set<string>> {
    if (emailKeys.length === 0) return new Set();
    const rows = await this.rows<{ key: string }>(
      `SELECT lower(btrim(email)) AS key FROM ${this.S}.invitations
       WHERE lower(btrim(email)) = ANY($1::text[]) AND expires_at > $2 AND id IS DISTINCT FROM $3`,
      [[...emailKeys], now.toISOString(), exceptId ?? null],
    );
    return new Set(rows.map((row) => row.key));
  }

  async saveInvitation(invitation: InvitationRecord): Promise<void> {
    await this.db.query(
      `INSERT INTO ${this.S}.invitations (id, email, first_name, last_name, role_id, permissions, invited_by,
         sent_at, expires_at, token_hash)
       VALUES ($1, $2, $3, $4, $5, $6::text[], $7::jsonb, $8, $9, $10)
       ON CONFLICT (id) DO UPDATE SET email = EXCLUDED.email, first_name = EXCLUDED.first_name,
         last_name = EXCLUDED.last_name, role_id = EXCLUDED.role_id, permissions = EXCLUDED.permissions,
         invited_by = EXCLUDED.invited_by, sent_at = EXCLUDED.sent_at, expires_at = EXCLUDED.expires_at,
         token_hash = EXCLUDED.token_hash`,
      invitationValues(invitation),
    );
  }

  async deleteInvitation(id: string): Promise<boolean> {
    return (await this.rows(`DELETE FROM ${this.S}.invitations WHERE id = $1 RETURNING id`, [id])).length === 1;
  }

  async deleteExpiredInvitations(emailKeys: readonly string[], now: Date): Promise<void> {
    if (emailKeys.length === 0) return;
    await this.db.query(
      `DELETE FROM ${this.S}.invitations WHERE lower(btrim(email)) = ANY($1::text[]) AND expires_at <= $2`,
      [[...emailKeys], now.toISOString()],
    );
  }

  async listExternalUsers(page: number, pageSize: number): Promise<Page<ExternalUser>> {
    const total = await this.count(`SELECT count(*) AS count FROM ${this.S}.external_users`);
    const rows = await this.rows<ExternalUserRow>(
      `SELECT ${EXTERNAL_USER_COLUMNS} FROM ${this.S}.external_users ORDER BY id LIMIT $1 OFFSET $2`,
      [pageSize, (page - 1) * pageSize],
    );
    return { items: rows.map(toExternalUser), total };
  }

  async findExternalUser(id: string, options?: LockOption): Promise<ExternalUser | undefined> {
    const [row] = await this.rows<ExternalUserRow>(
      `SELECT ${EXTERNAL_USER_COLUMNS} FROM ${this.S}.external_users WHERE id = $1${lock(options)}`,
      [id],
    );
    return row && toExternalUser(row);
  }

  async updateExternalUser(external: ExternalUser, expectedVersion: number): Promise<boolean> {
    const rows = await this.rows(
      `UPDATE ${this.S}.external_users SET email = $2, first_name = $3, last_name = $4, home_account_id = $5,
         home_account_name = $6, role_id = $7, permissions = $8::text[], status = $9, two_factor_enabled = $10,
         last_login_at = $11, version = $12
       WHERE id = $1 AND version = $13 RETURNING id`,
      [...externalUserValues(external), expectedVersion],
    );
    return rows.length === 1;
  }

  async deleteExternalUser(id: string): Promise<boolean> {
    return (await this.rows(`DELETE FROM ${this.S}.external_users WHERE id = $1 RETURNING id`, [id])).length === 1;
  }
}

/**
 * The server's store in PostgreSQL: embedded with PGlite, or a real server through `pg`. Run
 * `migrate(client)` first. Every request is one transaction (READ COMMITTED); decisions that
 * concurrent requests could both take are serialised by row locks: the active owners (R19), the
 * record being changed (R25), the account row for invitations (R1, R11). Emails are unique per
 * account, trimmed and case-insensitively, by a unique index (R2).
 */
export function createPostgresStore(options: PostgresStoreOptions): UserManagementStore {
  const S = quotedSchema(options.schema ?? DEFAULT_SCHEMA);
  return {
    transaction: (work) => options.client.transaction((db) => work(new PostgresTransaction(db, S))),
  };
}
