import { DEFAULT_SCHEMA, quotedSchema } from "./schemaName";
import type { SqlClient } from "./sqlClient";

/** One step of the schema's history. Never edit a released one: add the next. */
interface Migration {
  version: number;
  name: string;
  /** One statement each (PGlite's `query` runs one at a time). `S` is the quoted schema. */
  statements(S: string): string[];
}

const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "account, users, invitations, external users",
    statements: (S) => [
      `CREATE TABLE ${S}.account (
        id text PRIMARY KEY,
        name text NOT NULL,
        plan jsonb NOT NULL,
        invitation_validity_days integer NOT NULL DEFAULT 7 CHECK (invitation_validity_days > 0),
        role_model jsonb NOT NULL
      )`,
      // A store serves one account.
      `CREATE UNIQUE INDEX account_one_row ON ${S}.account ((true))`,
      `CREATE TABLE ${S}.users (
        id text PRIMARY KEY,
        email text NOT NULL,
        first_name text NOT NULL DEFAULT '',
        last_name text NOT NULL DEFAULT '',
        role_id text NOT NULL,
        permissions text[] NOT NULL DEFAULT '{}',
        status text NOT NULL CHECK (status IN ('active', 'suspended', 'revoked')),
        two_factor_enabled boolean NOT NULL DEFAULT false,
        last_login_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        password_hash text
      )`,
      // R2: one user per address, compared trimmed and case-insensitively; shown as typed.
      `CREATE UNIQUE INDEX users_email_key ON ${S}.users (lower(btrim(email)))`,
      // R19: the active owners are counted and locked on every change that could remove one.
      `CREATE INDEX users_active_role ON ${S}.users (role_id) WHERE status = 'active'`,
      `CREATE INDEX users_created_at ON ${S}.users (created_at, id)`,
      `CREATE INDEX users_last_login_at ON ${S}.users (last_login_at, id)`,
      `CREATE TABLE ${S}.invitations (
        id text PRIMARY KEY,
        email text NOT NULL,
        first_name text NOT NULL DEFAULT '',
        last_name text NOT NULL DEFAULT '',
        role_id text NOT NULL,
        permissions text[] NOT NULL DEFAULT '{}',
        invited_by jsonb,
        sent_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        token_hash text NOT NULL UNIQUE
      )`,
      `CREATE INDEX invitations_email ON ${S}.invitations (lower(btrim(email)))`,
      `CREATE INDEX invitations_sent_at ON ${S}.invitations (sent_at DESC, id)`,
      `CREATE TABLE ${S}.external_users (
        id text PRIMARY KEY,
        email text NOT NULL,
        first_name text NOT NULL DEFAULT '',
        last_name text NOT NULL DEFAULT '',
        home_account_id text NOT NULL,
        home_account_name text NOT NULL,
        role_id text NOT NULL,
        permissions text[] NOT NULL DEFAULT '{}',
        status text NOT NULL CHECK (status IN ('active', 'suspended', 'revoked')),
        two_factor_enabled boolean NOT NULL DEFAULT false,
        last_login_at timestamptz,
        version integer NOT NULL DEFAULT 1
      )`,
    ],
  },
];

/** The newest schema version this release knows. */
export const SCHEMA_VERSION = MIGRATIONS.length;

/**
 * Creates or upgrades the store's tables in `schema` (default `user_management`): applies, in one
 * transaction, every migration not applied yet. Safe to call on every start, from several processes
 * at once (an advisory lock makes them take turns).
 */
export async function migrate(client: SqlClient, options: { schema?: string } = {}): Promise<void> {
  const schema = options.schema ?? DEFAULT_SCHEMA;
  const S = quotedSchema(schema);
  await client.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock(hashtext($1))", [`react-user-management:${schema}`]);
    await tx.query(`CREATE SCHEMA IF NOT EXISTS ${S}`);
    await tx.query(
      `CREATE TABLE IF NOT EXISTS ${S}.schema_migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`,
    );
    const { rows } = await tx.query<{ version: number }>(`SELECT version FROM ${S}.schema_migrations`);
    const applied = new Set(rows.map((row) => Number(row.version)));
    for (const migration of MIGRATIONS) {
      if (applied.has(migration.version)) continue;
      for (const statement of migration.statements(S)) await tx.query(statement);
      await tx.query(`INSERT INTO ${S}.schema_migrations (version, name) VALUES ($1, $2)`, [
        migration.version,
        migration.name,
      ]);
    }
  });
}
