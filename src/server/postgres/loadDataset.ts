import type { UserManagementDataset } from "../../adapter/dataset";
import { DEFAULT_PASSWORD_ITERATIONS, hashInvitationToken, hashPassword } from "../secrets";
import { externalUserValues, invitationValues, userValues } from "./rows";
import { DEFAULT_SCHEMA, quotedSchema } from "./schemaName";
import type { SqlClient } from "./sqlClient";

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
  const passwordHashes = new Map(
    await Promise.all(
      Object.entries(dataset.passwords).map(
        async ([id, password]) => [id, await hashPassword(password, iterations)] as const,
      ),
    ),
  );
  const tokenHashes = await Promise.all(dataset.invitations.map((invitation) => hashInvitationToken(invitation.token)));

  const { account, roleModel } = dataset;
  const accountId = options.accountId ?? account.id;

  await client.transaction(async (tx) => {
    // DELETE rather than TRUNCATE: several times faster on the small accounts tests and demos reload.
    for (const table of ["external_users", "invitations", "users"]) {
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
    for (const user of dataset.users) {
      await tx.query(
        `INSERT INTO ${S}.users (id, email, first_name, last_name, role_id, permissions, status, two_factor_enabled,
           last_login_at, created_at, version, email_key, password_hash, account_id)
         VALUES ($1, $2, $3, $4, $5, $6::text[], $7, $8, $9, $10, $11, $12, $13, $14)`,
        [...userValues(user), passwordHashes.get(user.id) ?? null, accountId],
      );
    }
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
  });
}
