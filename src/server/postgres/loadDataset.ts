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
}

/**
 * Loads a whole account (`generateDataset()`, a conformance fixture, your own seed) into migrated
 * tables, replacing whatever they held, in one transaction. Passwords and invitation tokens are
 * stored hashed.
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

  await client.transaction(async (tx) => {
    // DELETE rather than TRUNCATE: several times faster on the small accounts tests and demos reload.
    for (const table of ["external_users", "invitations", "users", "account"])
      await tx.query(`DELETE FROM ${S}.${table}`);
    const { account, roleModel } = dataset;
    await tx.query(
      `INSERT INTO ${S}.account (id, name, plan, invitation_validity_days, role_model)
       VALUES ($1, $2, $3::jsonb, $4, $5::jsonb)`,
      [
        account.id,
        account.name,
        JSON.stringify(account.plan),
        account.invitationValidityDays,
        JSON.stringify(roleModel),
      ],
    );
    for (const user of dataset.users) {
      await tx.query(
        `INSERT INTO ${S}.users (id, email, first_name, last_name, role_id, permissions, status, two_factor_enabled,
           last_login_at, created_at, version, email_key, password_hash)
         VALUES ($1, $2, $3, $4, $5, $6::text[], $7, $8, $9, $10, $11, $12, $13)`,
        [...userValues(user), passwordHashes.get(user.id) ?? null],
      );
    }
    for (const [index, invitation] of dataset.invitations.entries()) {
      const { token: _token, ...fields } = invitation;
      await tx.query(
        `INSERT INTO ${S}.invitations (id, email, first_name, last_name, role_id, permissions, invited_by, sent_at,
           expires_at, token_hash, email_key)
         VALUES ($1, $2, $3, $4, $5, $6::text[], $7::jsonb, $8, $9, $10, $11)`,
        invitationValues({ ...fields, tokenHash: tokenHashes[index] ?? "" }),
      );
    }
    for (const external of dataset.externalUsers) {
      await tx.query(
        `INSERT INTO ${S}.external_users (id, email, first_name, last_name, home_account_id, home_account_name,
           role_id, permissions, status, two_factor_enabled, last_login_at, version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8::text[], $9, $10, $11, $12)`,
        externalUserValues(external),
      );
    }
  });
}
