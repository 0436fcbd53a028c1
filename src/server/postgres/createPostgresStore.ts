import type { ListUsersResult } from "../../adapter/contract";
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
  userListKeys,
  userValues,
} from "./rows";
import { DEFAULT_SCHEMA, quotedSchema } from "./schemaName";
import type { SqlClient, SqlQueryable } from "./sqlClient";
import { DEFAULT_LIST_COUNT_LIMIT, readUserList } from "./userListReader";
import { parameters } from "./userListSql";
import { tallySql } from "./userTally";

/** Options of `createPostgresStore`. */
export interface PostgresStoreOptions {
  /** PGlite as it is, or a `pg` pool through `pgPoolClient`. */
  client: SqlClient;
  /** The PostgreSQL schema holding the tables (see `migrate`). Defaults to `user_management`. */
  schema?: string;
  /**
   * R31: the most a request's transaction may take, in milliseconds; defaults to 10,000. Within it
   * PostgreSQL ends a statement, a lock wait or an idle transaction that runs longer
   * (`statement_timeout`, `lock_timeout`, `idle_in_transaction_session_timeout`), and a database
   * that does not answer at all is given up on: the request is answered 503 `unavailable`, and a
   * `pgPoolClient` connection still busy with it is closed rather than reused.
   */
  timeoutMs?: number;
  /**
   * R1: how many matching users a searched user list counts, at most; defaults to 10,000. Past it the
   * list stops counting and its `total` is a lower bound (`totalIsLowerBound`, shown as "10,000+"), so
   * a broad search never reads every match to count them. A list without a search, and the seats used
   * (R1), are exact whatever the size: they are read from the account's tally of users by role and
   * status (`user_counts`, schema version 7), not counted.
   */
  countLimit?: number;
}

/** R31: the default deadline of one transaction. */
export const DEFAULT_TRANSACTION_TIMEOUT_MS = 10_000;

/** R31: the server's own limits a transaction runs under, each `timeoutMs`. */
const TIMEOUT_SETTINGS = ["statement_timeout", "lock_timeout", "idle_in_transaction_session_timeout"] as const;

// setTimeout's largest delay.
const MAX_TIMEOUT_MS = 2_147_483_647;

const lock = (options?: LockOption) => (options?.forUpdate ? " FOR UPDATE" : "");

/** R2: the unique index on the email key turned a concurrent duplicate away. */
function isEmailTaken(error: unknown): boolean {
  const { code, constraint } = (error ?? {}) as { code?: unknown; constraint?: unknown };
  return code === "23505" && (constraint === undefined || constraint === "users_email_key_unique");
}

// Data PostgreSQL cannot store or compute: a NUL in text (22021), text not representable in the
// database's encoding (22P05), a number out of range (22003), text longer than its column (22001).
// A date or time PostgreSQL cannot read (22007, 22008): only a forged list cursor could carry one.
const UNSTORABLE_DATA = new Set(["22021", "22P05", "22003", "22001", "22007", "22008"]);

/**
 * R31: input that reached SQL although validation should have refused it is still the caller's
 * fault, answered 422, never 500.
 */
function unstorableDataError(error: unknown): UserManagementError | undefined {
  const { code } = (error ?? {}) as { code?: unknown };
  if (typeof code !== "string" || !UNSTORABLE_DATA.has(code)) return undefined;
  const message = "The request holds text or a number the database cannot store.";
  return new UserManagementError("validation", message, { fieldErrors: { body: message } });
}

/**
 * R31: runs `run` with a deadline. If it has not settled after `timeoutMs` (a database that never
 * answers), rejects with `unavailable` and aborts the signal, so the client can drop the connection.
 */
async function withDeadline<T>(timeoutMs: number, run: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new UserManagementError(
        "unavailable",
        "The database did not answer in time. Try again in a moment.",
        {
          cause: new Error(`The transaction did not settle within ${timeoutMs} ms.`),
        },
      );
      controller.abort(error);
      reject(error);
    }, timeoutMs);
  });
  const running = run(controller.signal);
  // After the deadline nobody waits for it; it still settles when the client lets go.
  running.catch(() => {});
  try {
    return await Promise.race([running, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * R28: one account's view of the tables. Every statement names `account_id` (the last parameter of
 * each): a record of another account is never read, counted, locked, changed or deleted, and every
 * row written is written for this account.
 */
class PostgresTransaction implements StoreTransaction {
  constructor(
    private readonly db: SqlQueryable,
    private readonly S: string,
    private readonly accountId: string,
    private readonly countLimit: number,
    /** The caller (`TransactionOptions.viewerId`), read with the account. */
    private readonly viewerId?: string,
  ) {}

  /**
   * The caller as read with the account, for the `findUser(viewerId)` that follows it; dropped by
   * the next statement sent, so that no later read is answered from it.
   */
  private viewerRead: { user: User | undefined } | undefined;

  /**
   * A statement planned for its own values on every run: a list or a count over the account's rows,
   * whose best plan depends on how many rows the account has.
   */
  private rows<Row>(text: string, params: unknown[] = []): Promise<Row[]> {
    return this.run<Row>(text, params, false);
  }

  /**
   * A statement that reads or writes rows by a key (a primary or unique key, the tally's): its plan
   * fits any values of its parameters, so the client may prepare it once and reuse its plan
   * (`SqlQueryable.queryPrepared`).
   */
  private rowsByKey<Row>(text: string, params: unknown[] = []): Promise<Row[]> {
    return this.run<Row>(text, params, true);
  }

  /** Every statement of the store goes through here. */
  private async run<Row>(text: string, params: unknown[], byKey: boolean): Promise<Row[]> {
    this.viewerRead = undefined;
    const { db } = this;
    try {
      const result =
        byKey && db.queryPrepared ? await db.queryPrepared<Row>(text, params) : await db.query<Row>(text, params);
      return result.rows;
    } catch (error) {
      throw unstorableDataError(error) ?? error;
    }
  }

  private async count(text: string, params: unknown[] = [], byKey = false): Promise<number> {
    const [row] = await this.run<{ count: number | string }>(text, params, byKey);
    return Number(row?.count ?? 0);
  }

  async getAccount(options?: LockOption): Promise<StoredAccount> {
    // Unlocked, with the caller: the user of `viewerId` joined to the account's row, one round trip.
    const viewerId = options?.forUpdate ? undefined : this.viewerId;
    const [row] = await this.rowsByKey<
      {
        accountId: string;
        accountName: string;
        plan: StoredAccount["account"]["plan"];
        invitationValidityDays: number;
        roleModel: StoredAccount["roleModel"];
      } & (UserRow | { [K in keyof UserRow]: null })
    >(
      `SELECT a.id AS "accountId", a.name AS "accountName", a.plan,
         a.invitation_validity_days AS "invitationValidityDays", a.role_model AS "roleModel"
         ${viewerId === undefined ? "" : ", viewer.*"}
       FROM ${this.S}.account AS a
       ${
         viewerId === undefined
           ? ""
           : `LEFT JOIN LATERAL (SELECT ${USER_COLUMNS} FROM ${this.S}.users WHERE account_id = a.id AND id = $2)
              AS viewer ON true`
       }
       WHERE a.id = $1${lock(options)}`,
      viewerId === undefined ? [this.accountId] : [this.accountId, viewerId],
    );
    // R28: a session naming an account that is not stored (deleted meanwhile) answers as a caller who is not.
    if (!row) throw new UserManagementError("access_revoked", "Your access to this account was revoked.");
    const { accountId, accountName, plan, invitationValidityDays, roleModel, ...viewer } = row;
    if (viewerId !== undefined) this.viewerRead = { user: viewer.id === null ? undefined : toUser(viewer as UserRow) };
    return {
      account: { id: accountId, name: accountName, plan, invitationValidityDays: Number(invitationValidityDays) },
      roleModel,
    };
  }

  countSeatsUsed(now: Date): Promise<number> {
    // The users from the tally (every status but revoked), the pending invitations counted.
    const users = tallySql(this.S, this.accountId, { exceptStatus: "revoked" });
    const { params, param } = parameters(users.params);
    return this.count(
      `SELECT (${users.text})
         + (SELECT count(*) FROM ${this.S}.invitations WHERE account_id = $1 AND expires_at > ${param(now.toISOString())})
         AS count`,
      params,
    );
  }

  countUsers(): Promise<number> {
    const users = tallySql(this.S, this.accountId);
    return this.count(users.text, users.params, true);
  }

  async lockActiveOwners(ownerRoleIds: readonly string[]): Promise<number> {
    // Locked in id order, so that two transactions locking the same owners never wait on each other
    // in a cycle. Rows changed or deleted meanwhile are re-checked when the lock is granted.
    const rows = await this.rowsByKey(
      `SELECT id FROM ${this.S}.users WHERE account_id = $2 AND status = 'active' AND role_id = ANY($1::text[])
       ORDER BY id FOR UPDATE`,
      [[...ownerRoleIds], this.accountId],
    );
    return rows.length;
  }

  async findUser(id: string, options?: LockOption): Promise<User | undefined> {
    const read = this.viewerRead;
    if (read && id === this.viewerId && !options?.forUpdate) {
      this.viewerRead = undefined;
      return read.user;
    }
    const [row] = await this.rowsByKey<UserRow>(
      `SELECT ${USER_COLUMNS} FROM ${this.S}.users WHERE account_id = $2 AND id = $1${lock(options)}`,
      [id, this.accountId],
    );
    return row && toUser(row);
  }

  listUsers(query: UserListQuery, roleOrder: readonly string[]): Promise<ListUsersResult> {
    const { S, accountId, countLimit } = this;
    return readUserList(
      {
        S,
        accountId,
        countLimit,
        rows: (text, params) => this.rows(text, params),
        rowsByKey: (text, params) => this.rowsByKey(text, params),
      },
      query,
      roleOrder,
    );
  }

  async memberEmails(emailKeys: readonly string[]): Promise<Set<string>> {
    if (emailKeys.length === 0) return new Set();
    const rows = await this.rowsByKey<{ key: string }>(
      `SELECT email_key AS key FROM ${this.S}.users WHERE account_id = $2 AND email_key = ANY($1::text[])`,
      [[...emailKeys], this.accountId],
    );
    return new Set(rows.map((row) => row.key));
  }

  async insertUser(user: User): Promise<void> {
    try {
      await this.rowsByKey(
        `INSERT INTO ${this.S}.users (id, email, first_name, last_name, role_id, permissions, status,
           two_factor_enabled, last_login_at, created_at, version, email_key, search_key, name_key, account_id)
         VALUES ($1, $2, $3, $4, $5, $6::text[], $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
        [...userValues(user), ...userListKeys(user), this.accountId],
      );
    } catch (error) {
      if (isEmailTaken(error)) throw new UserManagementError("conflict", `${user.email} is already a member.`);
      throw error;
    }
  }

  async updateUser(user: User, expectedVersion: number): Promise<boolean> {
    try {
      const rows = await this.rowsByKey(
        `UPDATE ${this.S}.users SET email = $2, first_name = $3, last_name = $4, role_id = $5, permissions = $6::text[],
           status = $7, two_factor_enabled = $8, last_login_at = $9, created_at = $10, version = $11, email_key = $12,
           search_key = $13, name_key = $14
         WHERE account_id = $16 AND id = $1 AND version = $15 RETURNING id`,
        [...userValues(user), ...userListKeys(user), expectedVersion, this.accountId],
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
    const rows = await this.rowsByKey(`DELETE FROM ${this.S}.users WHERE account_id = $2 AND id = $1 RETURNING id`, [
      id,
      this.accountId,
    ]);
    return rows.length === 1;
  }

  async passwordHash(userId: string): Promise<string | undefined> {
    const [row] = await this.rowsByKey<{ hash: string | null }>(
      `SELECT password_hash AS hash FROM ${this.S}.users WHERE account_id = $2 AND id = $1`,
      [userId, this.accountId],
    );
    return row?.hash ?? undefined;
  }

  async setPasswordHash(userId: string, hash: string): Promise<void> {
    await this.rowsByKey(`UPDATE ${this.S}.users SET password_hash = $2 WHERE account_id = $3 AND id = $1`, [
      userId,
      hash,
      this.accountId,
    ]);
  }

  async listInvitations(page: number, pageSize: number) {
    const total = await this.count(`SELECT count(*) AS count FROM ${this.S}.invitations WHERE account_id = $1`, [
      this.accountId,
    ]);
    const rows = await this.rows<InvitationRow>(
      `SELECT ${INVITATION_COLUMNS} FROM ${this.S}.invitations WHERE account_id = $3
       ORDER BY sent_at DESC, id LIMIT $1 OFFSET $2`,
      [pageSize, (page - 1) * pageSize, this.accountId],
    );
    return { items: rows.map(toInvitationFields), total };
  }

  private async findInvitationWhere(condition: string, value: string, options?: LockOption) {
    const [row] = await this.rowsByKey<InvitationRow>(
      `SELECT ${INVITATION_COLUMNS} FROM ${this.S}.invitations WHERE account_id = $2 AND ${condition} = $1${lock(options)}`,
      [value, this.accountId],
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
    const rows = await this.rowsByKey<{ key: string }>(
      `SELECT email_key AS key FROM ${this.S}.invitations
       WHERE account_id = $4 AND email_key = ANY($1::text[]) AND expires_at > $2 AND id IS DISTINCT FROM $3`,
      [[...emailKeys], now.toISOString(), exceptId ?? null, this.accountId],
    );
    return new Set(rows.map((row) => row.key));
  }

  async saveInvitation(invitation: InvitationRecord): Promise<void> {
    await this.rowsByKey(
      `INSERT INTO ${this.S}.invitations (id, email, first_name, last_name, role_id, permissions, invited_by,
         sent_at, expires_at, token_hash, email_key, account_id)
       VALUES ($1, $2, $3, $4, $5, $6::text[], $7::jsonb, $8, $9, $10, $11, $12)
       ON CONFLICT (account_id, id) DO UPDATE SET email = EXCLUDED.email, first_name = EXCLUDED.first_name,
         last_name = EXCLUDED.last_name, role_id = EXCLUDED.role_id, permissions = EXCLUDED.permissions,
         invited_by = EXCLUDED.invited_by, sent_at = EXCLUDED.sent_at, expires_at = EXCLUDED.expires_at,
         token_hash = EXCLUDED.token_hash, email_key = EXCLUDED.email_key`,
      [...invitationValues(invitation), this.accountId],
    );
  }

  async deleteInvitation(id: string): Promise<boolean> {
    const rows = await this.rowsByKey(
      `DELETE FROM ${this.S}.invitations WHERE account_id = $2 AND id = $1 RETURNING id`,
      [id, this.accountId],
    );
    return rows.length === 1;
  }

  async deleteExpiredInvitations(emailKeys: readonly string[], now: Date): Promise<void> {
    if (emailKeys.length === 0) return;
    await this.rowsByKey(
      `DELETE FROM ${this.S}.invitations WHERE account_id = $3 AND email_key = ANY($1::text[]) AND expires_at <= $2`,
      [[...emailKeys], now.toISOString(), this.accountId],
    );
  }

  async listExternalUsers(page: number, pageSize: number): Promise<Page<ExternalUser>> {
    const total = await this.count(`SELECT count(*) AS count FROM ${this.S}.external_users WHERE account_id = $1`, [
      this.accountId,
    ]);
    const rows = await this.rows<ExternalUserRow>(
      `SELECT ${EXTERNAL_USER_COLUMNS} FROM ${this.S}.external_users WHERE account_id = $3
       ORDER BY id LIMIT $1 OFFSET $2`,
      [pageSize, (page - 1) * pageSize, this.accountId],
    );
    return { items: rows.map(toExternalUser), total };
  }

  async findExternalUser(id: string, options?: LockOption): Promise<ExternalUser | undefined> {
    const [row] = await this.rowsByKey<ExternalUserRow>(
      `SELECT ${EXTERNAL_USER_COLUMNS} FROM ${this.S}.external_users WHERE account_id = $2 AND id = $1${lock(options)}`,
      [id, this.accountId],
    );
    return row && toExternalUser(row);
  }

  async updateExternalUser(external: ExternalUser, expectedVersion: number): Promise<boolean> {
    const rows = await this.rowsByKey(
      `UPDATE ${this.S}.external_users SET email = $2, first_name = $3, last_name = $4, home_account_id = $5,
         home_account_name = $6, role_id = $7, permissions = $8::text[], status = $9, two_factor_enabled = $10,
         last_login_at = $11, version = $12
       WHERE account_id = $14 AND id = $1 AND version = $13 RETURNING id`,
      [...externalUserValues(external), expectedVersion, this.accountId],
    );
    return rows.length === 1;
  }

  async deleteExternalUser(id: string): Promise<boolean> {
    const rows = await this.rowsByKey(
      `DELETE FROM ${this.S}.external_users WHERE account_id = $2 AND id = $1 RETURNING id`,
      [id, this.accountId],
    );
    return rows.length === 1;
  }
}

/**
 * R28: the account of a transaction given none: the store's only one. Several cannot be told apart
 * (the host must pass `accountId`); none is a store not loaded yet.
 */
async function onlyAccountId(db: SqlQueryable, S: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>(`SELECT id FROM ${S}.account ORDER BY id LIMIT 2`);
  const [only, another] = rows;
  if (!only) {
    throw new UserManagementError(
      "unavailable",
      "The user management store holds no account yet: load one with loadDataset() after migrate().",
    );
  }
  if (another) {
    throw new Error(
      "The user management store holds several accounts, and this transaction names none: pass " +
        "{ accountId } to store.transaction(), i.e. return { accountId, userId } from getViewer (R28).",
    );
  }
  return only.id;
}

/**
 * The server's store in PostgreSQL: embedded with PGlite, or a real server through `pg`. Run
 * `migrate(client)` first. Every request is one transaction (READ COMMITTED); decisions that
 * concurrent requests could both take are serialised by row locks: the active owners (R19), the
 * record being changed (R25), the account row for invitations (R1, R11). Emails are unique per
 * account by a unique index on core's `normalizeEmail` key (R2). Every transaction has a deadline
 * (`timeoutMs`, R31).
 *
 * One database serves many accounts (R28): every statement of a transaction is scoped to its
 * `accountId` (`store.transaction(work, { accountId })`), and every primary key and unique index
 * leads with `account_id`, the key to distribute the tables by on a sharded PostgreSQL (Citus). A
 * transaction given no `accountId` runs in the store's only account, as stores of one account did
 * before schema version 3, and fails when there are several.
 */
export function createPostgresStore(options: PostgresStoreOptions): UserManagementStore {
  const S = quotedSchema(options.schema ?? DEFAULT_SCHEMA);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TRANSACTION_TIMEOUT_MS;
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1 || timeoutMs > MAX_TIMEOUT_MS) {
    throw new RangeError(
      `timeoutMs must be a whole number of milliseconds from 1 to ${MAX_TIMEOUT_MS}, got ${timeoutMs}.`,
    );
  }
  const countLimit = options.countLimit ?? DEFAULT_LIST_COUNT_LIMIT;
  if (!Number.isSafeInteger(countLimit) || countLimit < 1) {
    throw new RangeError(`countLimit must be a whole number of users from 1, got ${countLimit}.`);
  }
  const { client } = options;
  const timeouts = Object.fromEntries(TIMEOUT_SETTINGS.map((name) => [name, String(timeoutMs)]));
  return {
    ...(client.maxConnections === undefined ? {} : { maxConcurrentTransactions: client.maxConnections }),
    transaction: (work, transactionOptions) =>
      withDeadline(timeoutMs, (signal) =>
        client.transaction(
          async (db) => {
            // Past the deadline the caller has been told the request failed: a client that cannot
            // drop its connection (PGlite) must still not go on, nor commit, so it rolls back.
            const prepared = db.queryPrepared?.bind(db);
            const live: SqlQueryable = {
              query: async (text, params) => {
                signal.throwIfAborted();
                return db.query(text, params);
              },
              ...(prepared && {
                queryPrepared: async (text, params) => {
                  signal.throwIfAborted();
                  return prepared(text, params);
                },
              }),
            };
            // The server's own limits, for this transaction only (set_config(…, true) is SET LOCAL),
            // unless the client set them as it began it.
            if (!client.appliesSettings) {
              const sets = TIMEOUT_SETTINGS.map((name) => `set_config('${name}', $1, true)`);
              await live.query(`SELECT ${sets.join(", ")}`, [String(timeoutMs)]);
            }
            const accountId = transactionOptions?.accountId ?? (await onlyAccountId(live, S));
            const result = await work(
              new PostgresTransaction(live, S, accountId, countLimit, transactionOptions?.viewerId),
            );
            signal.throwIfAborted();
            return result;
          },
          { signal, settings: timeouts },
        ),
      ),
    findInvitationAccount: (tokenHash) =>
      withDeadline(timeoutMs, async () => {
        // Across accounts, by the token hash's own index: acceptance is anonymous (R15). A hash held by
        // two accounts (a seed loaded twice) is no credential: neither account is chosen (R28).
        const { rows } = await client.query<{ accountId: string }>(
          `SELECT DISTINCT account_id AS "accountId" FROM ${S}.invitations WHERE token_hash = $1 LIMIT 2`,
          [tokenHash],
        );
        return rows.length === 1 ? rows[0]?.accountId : undefined;
      }),
  };
}
