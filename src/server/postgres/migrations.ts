import { normalizeEmail } from "../../core/email";
import { type Fold, nameSortKey, rememberingFold } from "../../core/foldText";
import type { User } from "../../core/types";
import { userSearchKey } from "./rows";
import { DEFAULT_SCHEMA, quotedSchema } from "./schemaName";
import type { SqlClient, SqlQueryable } from "./sqlClient";
import { userTallyStatements } from "./userTally";

/** One step of the schema's history. Never edit a released one: add the next. */
interface Migration {
  version: number;
  name: string;
  /** One statement each (PGlite's `query` runs one at a time). `S` is the quoted schema. */
  statements(S: string): string[];
  /** What SQL alone cannot do (a value only core computes), run after `statements`. */
  run?(tx: SqlQueryable, S: string): Promise<void>;
}

/** Rows updated per statement when a migration fills a column from JavaScript. */
const FILL_BATCH = 5_000;

/** Fills `email_key` of every row of `table` with core's `normalizeEmail` of its email (R2). */
async function fillEmailKeys(tx: SqlQueryable, S: string, table: "users" | "invitations"): Promise<void> {
  const { rows } = await tx.query<{ id: string; email: string }>(`SELECT id, email FROM ${S}.${table} ORDER BY id`);
  for (let start = 0; start < rows.length; start += FILL_BATCH) {
    const batch = rows.slice(start, start + FILL_BATCH);
    await tx.query(
      `UPDATE ${S}.${table} AS t SET email_key = k.key
       FROM unnest($1::text[], $2::text[]) AS k(id, key) WHERE t.id = k.id`,
      [batch.map((row) => row.id), batch.map((row) => normalizeEmail(row.email))],
    );
  }
}

/**
 * Before the unique index: users that the old, SQL-computed key kept apart but the one key of core
 * joins (`ΣΑΣ@…` and `σας@…`). The index would refuse them with a bare 23505; say who they are.
 */
async function assertNoSharedEmailKeys(tx: SqlQueryable, S: string): Promise<void> {
  const { rows } = await tx.query<{ key: string; ids: string[] }>(
    `SELECT email_key AS key, array_agg(id ORDER BY id) AS ids FROM ${S}.users
     GROUP BY email_key HAVING count(*) > 1 ORDER BY email_key LIMIT 20`,
  );
  if (rows.length === 0) return;
  const list = rows.map((row) => `${row.key} (users ${row.ids.join(", ")})`).join("; ");
  throw new Error(
    `Cannot make emails unique by their comparison key: these users share one, ${list}. ` +
      "Change or remove all but one of each, then migrate again.",
  );
}

/** The tables whose rows belong to an account (R28), by `account_id`. */
const TENANT_TABLES = ["users", "invitations", "external_users"] as const;

/**
 * R28: until version 3 a schema held one account (`account_one_row`); its rows become that account's.
 * Rows without an account to belong to cannot be kept: say so rather than guess.
 */
async function backfillAccountIds(tx: SqlQueryable, S: string): Promise<void> {
  const { rows } = await tx.query<{ id: string }>(`SELECT id FROM ${S}.account`);
  const [account] = rows;
  if (!account) {
    const counts = await tx.query<{ count: number | string }>(
      TENANT_TABLES.map((table) => `SELECT count(*) AS count FROM ${S}.${table}`).join(" UNION ALL "),
    );
    if (counts.rows.some((row) => Number(row.count) > 0)) {
      throw new Error(
        "Cannot give rows an account: the schema holds users, invitations or external users but no account row. " +
          "Insert the account they belong to (or delete them), then migrate again.",
      );
    }
    return;
  }
  for (const table of TENANT_TABLES) await tx.query(`UPDATE ${S}.${table} SET account_id = $1`, [account.id]);
}

/** A key of a user that core computes from the name and email, and the column storing it. */
interface UserKeyColumn {
  column: "search_key" | "name_key";
  key(user: Pick<User, "firstName" | "lastName" | "email">, fold: Fold): string;
}

/**
 * R1: fills `column` of every user with `key` (core's fold, the memory adapter's), `FILL_BATCH` users
 * at a time in (account, id) order, by the primary key: each account's users by keyset over id, never
 * the whole table in memory at once.
 */
async function fillUserKeys(tx: SqlQueryable, S: string, { column, key }: UserKeyColumn): Promise<void> {
  const fold = rememberingFold();
  let after: { accountId: string; id: string } | undefined;
  for (;;) {
    const { rows } = await tx.query<{
      accountId: string;
      id: string;
      firstName: string;
      lastName: string;
      email: string;
    }>(
      `SELECT account_id AS "accountId", id, first_name AS "firstName", last_name AS "lastName", email
       FROM ${S}.users ${after ? "WHERE (account_id, id) > ($2, $3)" : ""} ORDER BY account_id, id LIMIT $1`,
      after ? [FILL_BATCH, after.accountId, after.id] : [FILL_BATCH],
    );
    if (rows.length === 0) return;
    await tx.query(
      `UPDATE ${S}.users AS t SET ${column} = k.key
       FROM unnest($1::text[], $2::text[], $3::text[]) AS k(account_id, id, key)
       WHERE t.account_id = k.account_id AND t.id = k.id`,
      [rows.map((row) => row.accountId), rows.map((row) => row.id), rows.map((row) => key(row, fold))],
    );
    const last = rows[rows.length - 1];
    if (!last || rows.length < FILL_BATCH) return;
    after = { accountId: last.accountId, id: last.id };
  }
}

/** What migration 4's indexes need: trigram operators, and a GIN index over a plain column. */
const LIST_EXTENSIONS = ["pg_trgm", "btree_gin"] as const;

/** Serialises extension creation across schemas (one database holds an extension once). */
const EXTENSIONS_LOCK = "react-user-management:extensions";

/**
 * Creates `pg_trgm` and `btree_gin` where they are missing, or says plainly what the host must do.
 * Returns the quoted schema holding pg_trgm, to name its operator class whatever the search_path.
 */
async function ensureListExtensions(tx: SqlQueryable): Promise<string> {
  const installed = async () =>
    new Map(
      (
        await tx.query<{ name: string; schema: string }>(
          `SELECT e.extname AS name, n.nspname AS schema FROM pg_extension e
           JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = ANY($1::text[])`,
          [[...LIST_EXTENSIONS]],
        )
      ).rows.map((row) => [row.name, row.schema]),
    );
  let schemas = await installed();
  const missing = LIST_EXTENSIONS.filter((name) => !schemas.has(name));
  if (missing.length > 0) {
    const { rows } = await tx.query<{ name: string }>(
      "SELECT name FROM pg_available_extensions WHERE name = ANY($1::text[])",
      [missing],
    );
    const unavailable = missing.filter((name) => !rows.some((row) => row.name === name));
    if (unavailable.length > 0) {
      throw new Error(
        `Migration 4 (indexed user lists) needs PostgreSQL's ${unavailable.join(" and ")} extension` +
          `${unavailable.length > 1 ? "s" : ""}, which this database does not have. On PostgreSQL, install the ` +
          "contrib extensions (Debian's and the official images ship them), then run CREATE EXTENSION pg_trgm; " +
          "CREATE EXTENSION btree_gin; as a role allowed to (the database owner can: both are trusted). On PGlite, " +
          "load them: new PGlite({ extensions: { pg_trgm, btree_gin } }) with pg_trgm from " +
          '"@electric-sql/pglite/contrib/pg_trgm" and btree_gin from "@electric-sql/pglite/contrib/btree_gin".',
      );
    }
    // Schemas of one database migrating at once would both try to create them.
    await tx.query("SELECT pg_advisory_xact_lock(hashtext($1))", [EXTENSIONS_LOCK]);
    for (const name of missing) {
      try {
        await tx.query(`CREATE EXTENSION IF NOT EXISTS ${name}`);
      } catch (error) {
        throw new Error(
          `Migration 4 (indexed user lists) could not create the ${name} extension: ${(error as Error).message}. ` +
            `Have the database owner or a superuser run CREATE EXTENSION ${name}; once, then migrate again.`,
          { cause: error },
        );
      }
    }
    schemas = await installed();
  }
  return `"${(schemas.get("pg_trgm") ?? "public").replaceAll('"', '""')}"`;
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
  {
    version: 2,
    name: "email_key: R2's one comparison key, computed by core's normalizeEmail",
    // PostgreSQL's lower() and JavaScript's case folding disagree (Greek final sigma, ß…): the key is
    // computed by the application and stored, and the unique index is on it.
    statements: (S) => [
      `ALTER TABLE ${S}.users ADD COLUMN email_key text`,
      `ALTER TABLE ${S}.invitations ADD COLUMN email_key text`,
    ],
    run: async (tx, S) => {
      await fillEmailKeys(tx, S, "users");
      await fillEmailKeys(tx, S, "invitations");
      await assertNoSharedEmailKeys(tx, S);
      for (const statement of [
        `ALTER TABLE ${S}.users ALTER COLUMN email_key SET NOT NULL`,
        `ALTER TABLE ${S}.invitations ALTER COLUMN email_key SET NOT NULL`,
        `CREATE UNIQUE INDEX users_email_key_unique ON ${S}.users (email_key)`,
        `DROP INDEX ${S}.users_email_key`,
        `CREATE INDEX invitations_email_key ON ${S}.invitations (email_key)`,
        `DROP INDEX ${S}.invitations_email`,
      ]) {
        await tx.query(statement);
      }
    },
  },
  {
    version: 3,
    name: "account_id: one database for many accounts (R28)",
    statements: (S) => [
      `ALTER TABLE ${S}.users ADD COLUMN account_id text`,
      `ALTER TABLE ${S}.invitations ADD COLUMN account_id text`,
      `ALTER TABLE ${S}.external_users ADD COLUMN account_id text`,
    ],
    run: async (tx, S) => {
      await backfillAccountIds(tx, S);
      for (const statement of [
        // Many accounts from now on.
        `DROP INDEX ${S}.account_one_row`,
        ...TENANT_TABLES.map((table) => `ALTER TABLE ${S}.${table} ALTER COLUMN account_id SET NOT NULL`),
        // Every primary key and unique index leads with the account (the distribution key on Citus).
        `ALTER TABLE ${S}.users DROP CONSTRAINT users_pkey`,
        `ALTER TABLE ${S}.users ADD CONSTRAINT users_pkey PRIMARY KEY (account_id, id)`,
        `ALTER TABLE ${S}.invitations DROP CONSTRAINT invitations_pkey`,
        `ALTER TABLE ${S}.invitations ADD CONSTRAINT invitations_pkey PRIMARY KEY (account_id, id)`,
        `ALTER TABLE ${S}.external_users DROP CONSTRAINT external_users_pkey`,
        `ALTER TABLE ${S}.external_users ADD CONSTRAINT external_users_pkey PRIMARY KEY (account_id, id)`,
        // R2: one user per address within an account; the same address may be a user of several.
        `DROP INDEX ${S}.users_email_key_unique`,
        `CREATE UNIQUE INDEX users_email_key_unique ON ${S}.users (account_id, email_key)`,
        `DROP INDEX ${S}.users_active_role`,
        `CREATE INDEX users_active_role ON ${S}.users (account_id, role_id) WHERE status = 'active'`,
        `DROP INDEX ${S}.users_created_at`,
        `CREATE INDEX users_created_at ON ${S}.users (account_id, created_at, id)`,
        `DROP INDEX ${S}.users_last_login_at`,
        `CREATE INDEX users_last_login_at ON ${S}.users (account_id, last_login_at, id)`,
        `DROP INDEX ${S}.invitations_email_key`,
        `CREATE INDEX invitations_email_key ON ${S}.invitations (account_id, email_key)`,
        `DROP INDEX ${S}.invitations_sent_at`,
        `CREATE INDEX invitations_sent_at ON ${S}.invitations (account_id, sent_at DESC, id)`,
        // R15: a token hash is unique within its account. Acceptance is anonymous: the link's token is
        // all it has, so it is looked up across accounts by this index, the one not led by the account,
        // and a hash that two accounts hold is no credential (see findInvitationAccount).
        `ALTER TABLE ${S}.invitations DROP CONSTRAINT invitations_token_hash_key`,
        `CREATE UNIQUE INDEX invitations_account_token_hash ON ${S}.invitations (account_id, token_hash)`,
        `CREATE INDEX invitations_token_hash ON ${S}.invitations (token_hash)`,
      ]) {
        await tx.query(statement);
      }
    },
  },
  {
    version: 4,
    name: "indexed user lists: trigram search (pg_trgm, btree_gin) and one index per sort order",
    statements: () => [],
    run: async (tx, S) => {
      const trgm = await ensureListExtensions(tx);
      for (const statement of [
        // Search (R1): "contains", case-insensitively, in the name or the email. The list's query
        // matches exactly this expression (userListSql): name and email joined by a newline, which a
        // search cannot hold (R31 refuses control characters), so a match never straddles the two.
        // A GIN index of trigrams answers LIKE '%term%'. Its first column is the account (btree_gin),
        // rather than a trigram index over every account: a search for "smith" reads one account's
        // matches, not every account's, the index leads with the distribution key like every other
        // (Citus), and a term too short for trigrams (one or two letters) is still confined to the
        // account by the same index (read row by row there: no trigram narrows "%an%"). A partial index
        // per account cannot be: accounts come and go.
        `CREATE INDEX users_search ON ${S}.users USING gin
           (account_id, (lower(first_name || ' ' || last_name || E'\\n' || email)) ${trgm}.gin_trgm_ops)`,
        // One btree per sort order, (account, key, id) as the list orders (key, id): ORDER BY … LIMIT
        // walks it forwards (asc) or backwards (desc) and stops at the page.
        `CREATE INDEX users_name_order ON ${S}.users
           (account_id, (COALESCE(NULLIF(lower(btrim(first_name || ' ' || last_name)), ''), lower(email))), id)`,
        `CREATE INDEX users_email_order ON ${S}.users (account_id, (lower(btrim(email))), id)`,
        // Never logged in sorts as the oldest: NULLS FIRST ascending, so NULLS LAST walking back.
        `DROP INDEX ${S}.users_last_login_at`,
        `CREATE INDEX users_last_login_at ON ${S}.users (account_id, last_login_at NULLS FIRST, id)`,
        // Created: users_created_at (account_id, created_at, id) already serves it.
        // Role and status: the order of a role is its place in the account's role model, not a value
        // of the row, so the list counts each role (from this index alone), finds the roles the page
        // spans, and reads each from here in id order from its offset (userListSql's pageGroups).
        // The role filter uses it too; so do the counts per role, and the offset within a role, read
        // from the index alone (index-only scans).
        `CREATE INDEX users_role_order ON ${S}.users (account_id, role_id, id)`,
        // The same for statuses (active, suspended, revoked), and the status filter.
        `CREATE INDEX users_status_order ON ${S}.users (account_id, status, id)`,
      ]) {
        await tx.query(statement);
      }
    },
  },
  {
    version: 5,
    name: "search_key: R1's search folds case and accents in JavaScript, as the memory adapter does (issue 11)",
    // PostgreSQL's lower() keeps accents ("jose" missed "José") and folds some scripts unlike
    // JavaScript (Greek final sigma): the text a search looks in is folded by core's foldForSearch when
    // a user is written, stored, and indexed, and the term is folded by the same function.
    statements: (S) => [`ALTER TABLE ${S}.users ADD COLUMN search_key text`],
    run: async (tx, S) => {
      const trgm = await ensureListExtensions(tx);
      // Dropped first: the fill then rewrites no trigram entries of an index about to go.
      await tx.query(`DROP INDEX ${S}.users_search`);
      await fillUserKeys(tx, S, { column: "search_key", key: userSearchKey });
      for (const statement of [
        `ALTER TABLE ${S}.users ALTER COLUMN search_key SET NOT NULL`,
        // As migration 4's, led by the account (btree_gin), over the stored key (userListSql's SEARCH_TEXT).
        `CREATE INDEX users_search ON ${S}.users USING gin (account_id, search_key ${trgm}.gin_trgm_ops)`,
      ]) {
        await tx.query(statement);
      }
    },
  },
  {
    version: 6,
    name: "name_key: R1's name order is the memory adapter's key, computed in JavaScript and compared by code point",
    // The list sorted by lower(first || ' ' || last) in the database's collation: accents, Hangul (which
    // NFKD decomposes) and other scripts sorted unlike the memory adapter. The key is now core's
    // nameSortKey, stored when a user is written, and compared by code point (COLLATE "C").
    statements: (S) => [`ALTER TABLE ${S}.users ADD COLUMN name_key text`],
    run: async (tx, S) => {
      // Dropped first: the fill then rewrites no entries of an index about to go.
      await tx.query(`DROP INDEX ${S}.users_name_order`);
      await fillUserKeys(tx, S, { column: "name_key", key: nameSortKey });
      for (const statement of [
        `ALTER TABLE ${S}.users ALTER COLUMN name_key SET NOT NULL`,
        // "C" compares code points whatever the database's collation, as close as SQL gets to the
        // memory adapter's comparison of UTF-16 code units. The two differ only between characters
        // above U+FFFF and those of U+E000–U+FFFF: JavaScript sees the former as surrogates
        // (U+D800–U+DFFF) and sorts them first, "C" sorts them last. userListSql sorts by this very
        // expression.
        `CREATE INDEX users_name_order ON ${S}.users (account_id, name_key COLLATE "C", id)`,
      ]) {
        await tx.query(statement);
      }
    },
  },
  {
    version: 7,
    name: "user_counts: each account's users by role and status, kept by triggers, for exact totals without counting (issue 11)",
    statements: userTallyStatements,
  },
];

/** The newest schema version this release knows. */
export const SCHEMA_VERSION = MIGRATIONS.length;

/** Options of `migrate`. */
export interface MigrateOptions {
  /** The PostgreSQL schema holding the tables. Defaults to `user_management`. */
  schema?: string;
  /**
   * Stop after this schema version instead of the newest (`SCHEMA_VERSION`): to upgrade in steps,
   * or to test an upgrade from an older version.
   */
  toVersion?: number;
}

/**
 * Creates or upgrades the store's tables in `schema` (default `user_management`): applies, in one
 * transaction, every migration not applied yet. Safe to call on every start, from several processes
 * at once (an advisory lock makes them take turns).
 */
export async function migrate(client: SqlClient, options: MigrateOptions = {}): Promise<void> {
  const schema = options.schema ?? DEFAULT_SCHEMA;
  const toVersion = options.toVersion ?? SCHEMA_VERSION;
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
      if (applied.has(migration.version) || migration.version > toVersion) continue;
      for (const statement of migration.statements(S)) await tx.query(statement);
      await migration.run?.(tx, S);
      await tx.query(`INSERT INTO ${S}.schema_migrations (version, name) VALUES ($1, $2)`, [
        migration.version,
        migration.name,
      ]);
    }
  });
}
