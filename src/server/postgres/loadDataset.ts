import type { UserManagementDataset } from "../../adapter/dataset";
import { rememberingFold } from "../../core/foldText";
import { DEFAULT_PASSWORD_ITERATIONS, hashInvitationToken, hashPassword } from "../secrets";
import { externalUserValues, invitationValues, userListKeys, userValues } from "./rows";
import { DEFAULT_SCHEMA, quotedSchema } from "./schemaName";
import type { SqlClient } from "./sqlClient";
import { retallySql, TALLY_SETTING } from "./userTally";

/** Users per INSERT statement. */
const INSERT_BATCH = 2_000;

/** From this many users, the load ends with ANALYZE. */
const ANALYZE_FROM = 1_000;

/**
 * The users table's columns in `userValues` order, then the list's keys (`userListKeys`), the password
 * hash and the account, with their types.
 */
const USER_LOAD_COLUMNS = [
  ["id", "text"],
  ["email", "text"],
  ["first_name", "text"],
  ["last_name", "text"],
  ["role_id", "text"],
  ["permissions", "text[]"],
  ["status", "text"],
  ["two_factor_enabled", "boolean"],
  ["last_login_at", "timestamptz"],
  ["created_at", "timestamptz"],
  ["version", "integer"],
  ["email_key", "text"],
  ["search_key", "text"],
  ["name_key", "text"],
  ["password_hash", "text"],
  ["account_id", "text"],
] as const;

/** Options of `loadDataset`. */
export interface LoadDatasetOptions {
  schema?: string;
  /** PBKDF2 iterations for the dataset's passwords. Defaults to 600,000; lower only in tests. */
  passwordIterations?: number;
  /**
   * R28: load the dataset as this account, beside the others: only this account's rows are replaced,
   * and the account is stored under this id (the dataset's `account.id` is not used), so one dataset
   * can be loaded as several accounts. Without it the dataset becomes the store's only account: every
   * row of every account is replaced, as in a store of one account.
   */
  accountId?: string;
}

/**
 * Loads a whole account (`generateDataset()`, a conformance fixture, your own seed) into migrated
 * tables, in one transaction: with `accountId`, replacing that account's rows only; without it,
 * replacing whatever the tables held. Passwords and invitation tokens are stored hashed.
 */
export async function loadDataset(
  client: SqlClient,
  dataset: UserManagementDataset,
  options: LoadDatasetOptions = {},
): Promise<void> {
  const S = quotedSchema(options.schema ?? DEFAULT_SCHEMA);
  const iterations = options.passwordIterations ?? DEFAULT_PASSWORD_ITERATIONS;
  // One hash per distinct password, not per user: a seed of 100,000 users sharing one password
  // would otherwise take hours at 600,000 iterations. Those users share a salt too, as seeds may.
  const hashes = new Map<string, Promise<string>>();
  const passwordHashes = new Map(
    await Promise.all(
      Object.entries(dataset.passwords).map(async ([id, password]) => {
        let hash = hashes.get(password);
        if (!hash) {
          hash = hashPassword(password, iterations);
          hashes.set(password, hash);
        }
        return [id, await hash] as const;
      }),
    ),
  );
  const tokenHashes = await Promise.all(dataset.invitations.map((invitation) => hashInvitationToken(invitation.token)));

  const { account, roleModel } = dataset;
  const accountId = options.accountId ?? account.id;

  await client.transaction(async (tx) => {
    // The account's tally of users (R1) is written once below, not by a trigger per user.
    await tx.query("SELECT set_config($1, 'off', true)", [TALLY_SETTING]);
    // DELETE rather than TRUNCATE: several times faster on the small accounts tests and demos reload.
    for (const table of ["external_users", "invitations", "users", "user_counts"]) {
      if (options.accountId === undefined) await tx.query(`DELETE FROM ${S}.${table}`);
      else await tx.query(`DELETE FROM ${S}.${table} WHERE account_id = $1`, [accountId]);
    }
    if (options.accountId === undefined) await tx.query(`DELETE FROM ${S}.account`);
    else await tx.query(`DELETE FROM ${S}.account WHERE id = $1`, [accountId]);
    await tx.query(
      `INSERT INTO ${S}.account (id, name, plan, invitation_validity_days, role_model)
       VALUES ($1, $2, $3::jsonb, $4, $5::jsonb)`,
      [
        accountId,
        account.name,
        JSON.stringify(account.plan),
        account.invitationValidityDays,
        JSON.stringify(roleModel),
      ],
    );
    // First and last names repeat across an account: each distinct one is folded once (R1's list keys).
    const fold = rememberingFold();
    // Many rows per statement: 100,000 single-row INSERTs take half a minute.
    for (let start = 0; start < dataset.users.length; start += INSERT_BATCH) {
      const rows = dataset.users.slice(start, start + INSERT_BATCH).map((user) => {
        const values = [
          ...userValues(user),
          ...userListKeys(user, fold),
          passwordHashes.get(user.id) ?? null,
          accountId,
        ];
        return Object.fromEntries(USER_LOAD_COLUMNS.map(([column], index) => [column, values[index]]));
      });
      await tx.query(
        `INSERT INTO ${S}.users (${USER_LOAD_COLUMNS.map(([column]) => column).join(", ")})
         SELECT * FROM jsonb_to_recordset($1::jsonb)
           AS r(${USER_LOAD_COLUMNS.map(([column, type]) => `${column} ${type}`).join(", ")})`,
        [JSON.stringify(rows)],
      );
    }
    if (options.accountId === undefined) await tx.query(retallySql(S));
    else await tx.query(retallySql(S, true), [accountId]);
    await tx.query("SELECT set_config($1, 'on', true)", [TALLY_SETTING]);
    for (const [index, invitation] of dataset.invitations.entries()) {
      const { token: _token, ...fields } = invitation;
      await tx.query(
        `INSERT INTO ${S}.invitations (id, email, first_name, last_name, role_id, permissions, invited_by, sent_at,
           expires_at, token_hash, email_key, account_id)
         VALUES ($1, $2, $3, $4, $5, $6::text[], $7::jsonb, $8, $9, $10, $11, $12)`,
        [...invitationValues({ ...fields, tokenHash: tokenHashes[index] ?? "" }), accountId],
      );
    }
    for (const external of dataset.externalUsers) {
      await tx.query(
        `INSERT INTO ${S}.external_users (id, email, first_name, last_name, home_account_id, home_account_name,
           role_id, permissions, status, two_factor_enabled, last_login_at, version, account_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8::text[], $9, $10, $11, $12, $13)`,
        [...externalUserValues(external), accountId],
      );
    }
    // The planner's statistics, for the user list's indexes (PGlite has no autovacuum to gather them).
    if (dataset.users.length >= ANALYZE_FROM) await tx.query(`ANALYZE ${S}.users`);
  });
}
