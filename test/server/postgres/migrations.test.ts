import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { normalizeEmail, type User } from "../../../src/core";
import { nameSortKey } from "../../../src/core/foldText";
import { createPostgresStore, loadDataset, migrate, SCHEMA_VERSION } from "../../../src/server";
import { userSearchKey } from "../../../src/server/postgres/rows";
import { createConformanceFixture } from "../../../src/testing";
import { lazyTestDatabase, PGLITE_EXTENSIONS, PGLITE_START_TIMEOUT, TEST_DATABASES } from "../testDatabase";

const db = new PGlite({ extensions: PGLITE_EXTENSIONS });
beforeAll(() => db.waitReady, PGLITE_START_TIMEOUT);
afterAll(() => db.close());

describe("migrate", () => {
  it("creates the tables in their own schema, and running it again changes nothing", async () => {
    await migrate(db, { schema: "accounts_app" });
    await migrate(db, { schema: "accounts_app" });
    const { rows } = await db.query<{ version: number }>(`SELECT version FROM accounts_app.schema_migrations`);
    expect(rows.map((row) => row.version)).toEqual(Array.from({ length: SCHEMA_VERSION }, (_, index) => index + 1));
    const tables = await db.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'accounts_app' ORDER BY 1`,
    );
    expect(tables.rows.map((row) => row.name)).toEqual([
      "account",
      "external_users",
      "invitations",
      "schema_migrations",
      "user_counts",
      "users",
    ]);
  });

  it("refuses a schema name that is not a plain identifier", async () => {
    await expect(migrate(db, { schema: 'x"; DROP TABLE users; --' })).rejects.toThrow(RangeError);
  });

  it("R2: the database itself refuses a second user with the same email in another case, with spaces", async () => {
    await migrate(db, { schema: "unique_emails" });
    await loadDataset(db, createConformanceFixture(), { schema: "unique_emails", passwordIterations: 1_000 });
    const insert = `INSERT INTO unique_emails.users (account_id, id, email, email_key, search_key, name_key, role_id, status)
      VALUES ('conformance-account', $1, $2, $3, $2, $2, 'user', 'active')`;
    const twin = "  ADA.ABBOTT@example.com ";
    await expect(db.query(insert, ["twin", twin, normalizeEmail(twin)])).rejects.toMatchObject({ code: "23505" });
    // Without its key a row cannot be stored at all.
    await expect(
      db.query(
        `INSERT INTO unique_emails.users (account_id, id, email, role_id, status)
         VALUES ('conformance-account', 'keyless', 'k@example.com', 'user', 'active')`,
      ),
    ).rejects.toMatchObject({ code: "23502" });
  });

  it("R2: version 2 upgrades a version 1 database, keying every email with normalizeEmail", async () => {
    const S = "upgrade_keys";
    await migrate(db, { schema: S, toVersion: 1 });
    const users: [string, string][] = [
      ["u-1", "  Ada.Abbott@Example.COM "],
      ["u-2", "ΣΑΣ@example.com"],
      ["u-3", "STRASSE@example.com"],
    ];
    for (const [id, email] of users) {
      await db.query(`INSERT INTO ${S}.users (id, email, role_id, status) VALUES ($1, $2, 'user', 'active')`, [
        id,
        email,
      ]);
    }
    await db.query(
      `INSERT INTO ${S}.invitations (id, email, role_id, sent_at, expires_at, token_hash)
       VALUES ('i-1', 'Grace.Green@Example.com', 'user', now(), now() + interval '7 days', 'hash-1')`,
    );

    await migrate(db, { schema: S, toVersion: 2 });

    const keyed = await db.query<{ id: string; email: string; key: string }>(
      `SELECT id, email, email_key AS key FROM ${S}.users ORDER BY id`,
    );
    expect(keyed.rows).toEqual(users.map(([id, email]) => ({ id, email, key: normalizeEmail(email) })));
    const invitation = await db.query<{ key: string }>(`SELECT email_key AS key FROM ${S}.invitations`);
    expect(invitation.rows).toEqual([{ key: "grace.green@example.com" }]);
    const indexes = await db.query<{ name: string }>(
      `SELECT indexname AS name FROM pg_indexes WHERE schemaname = $1 AND indexname LIKE '%email%' ORDER BY 1`,
      [S],
    );
    expect(indexes.rows.map((row) => row.name)).toEqual(["invitations_email_key", "users_email_key_unique"]);
    // The one key now refuses what lower() let through: σας is ΣΑΣ.
    await expect(
      db.query(
        `INSERT INTO ${S}.users (id, email, email_key, role_id, status) VALUES ('u-4', $1, $2, 'user', 'active')`,
        ["σας@example.com", normalizeEmail("σας@example.com")],
      ),
    ).rejects.toMatchObject({ code: "23505" });
  });

  it("R2: version 2 refuses, naming them, users of a version 1 database that the one key finds to share an address", async () => {
    const S = "upgrade_clash";
    await migrate(db, { schema: S, toVersion: 1 });
    // Both stored under version 1: PostgreSQL's lower() gives σασ@… and σας@….
    await db.query(
      `INSERT INTO ${S}.users (id, email, role_id, status)
       VALUES ('upper', 'ΣΑΣ@example.com', 'user', 'active'), ('lower', 'σας@example.com', 'user', 'active')`,
    );
    await expect(migrate(db, { schema: S, toVersion: 2 })).rejects.toThrow(/σας@example\.com \(users lower, upper\)/);
    // Nothing of version 2 was kept: the database is as it was, ready for another try.
    const versions = await db.query<{ version: number }>(`SELECT version FROM ${S}.schema_migrations`);
    expect(versions.rows.map((row) => row.version)).toEqual([1]);
    await db.query(`DELETE FROM ${S}.users WHERE id = 'lower'`);
    await migrate(db, { schema: S, toVersion: 2 });
    const after = await db.query<{ version: number }>(`SELECT version FROM ${S}.schema_migrations ORDER BY 1`);
    expect(after.rows.map((row) => row.version)).toEqual([1, 2]);
  });

  it("R28: version 3 refuses, saying why, rows of a version 2 database that have no account to belong to", async () => {
    const S = "upgrade_orphans";
    await migrate(db, { schema: S, toVersion: 2 });
    await db.query(
      `INSERT INTO ${S}.users (id, email, email_key, role_id, status) VALUES ('u-1', 'a@example.com', 'a@example.com', 'user', 'active')`,
    );
    await expect(migrate(db, { schema: S })).rejects.toThrow(/no account row/);
    const versions = await db.query<{ version: number }>(`SELECT version FROM ${S}.schema_migrations ORDER BY 1`);
    expect(versions.rows.map((row) => row.version)).toEqual([1, 2]);
  });

  it(
    "version 4 says which extensions a database without pg_trgm and btree_gin lacks, and how to load them",
    async () => {
      const bare = new PGlite();
      try {
        await expect(migrate(bare, { schema: "no_trgm" })).rejects.toThrow(
          /needs PostgreSQL's pg_trgm and btree_gin extensions[\s\S]*new PGlite\(\{ extensions: \{ pg_trgm, btree_gin \} \}\)/,
        );
        // Nothing was kept: versions 1 to 3 roll back with it, ready for another try with the extensions.
        const { rows } = await bare.query(
          "SELECT 1 FROM information_schema.tables WHERE table_schema = 'no_trgm' AND table_name = 'schema_migrations'",
        );
        expect(rows).toEqual([]);
      } finally {
        await bare.close();
      }
    },
    PGLITE_START_TIMEOUT,
  );

  it("version 4 indexes the user list's search and every sort order, each led by the account", async () => {
    await migrate(db, { schema: "list_indexes" });
    const { rows } = await db.query<{ name: string; definition: string }>(
      `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
       WHERE schemaname = 'list_indexes' AND indexname IN
         ('users_search', 'users_name_order', 'users_email_order', 'users_last_login_at', 'users_role_order', 'users_status_order')
       ORDER BY 1`,
    );
    expect(rows.map((row) => row.name)).toEqual([
      "users_email_order",
      "users_last_login_at",
      "users_name_order",
      "users_role_order",
      "users_search",
      "users_status_order",
    ]);
    for (const row of rows) expect(row.definition).toMatch(/\(account_id, /);
    expect(rows.find((row) => row.name === "users_search")?.definition).toMatch(/USING gin [\s\S]*gin_trgm_ops/);
    expect(rows.find((row) => row.name === "users_last_login_at")?.definition).toMatch(/last_login_at NULLS FIRST, id/);
  });

  it("R1, issue 11: version 5 keys every user of a version 4 database, account by account, with the memory adapter's fold", async () => {
    const S = "upgrade_search";
    await migrate(db, { schema: S, toVersion: 4 });
    const people: Pick<User, "id" | "firstName" | "lastName" | "email">[] = [
      { id: "u-1", firstName: "José", lastName: "García", email: "j.garcia@example.com" },
      { id: "u-2", firstName: "Zoë", lastName: "Müller", email: "Renée.Dubois@Exämple.fr" },
      { id: "u-3", firstName: "Νίκος", lastName: "ΟΔΥΣΣΕΥΣ", email: "n.o@example.gr" },
    ];
    const insert = `INSERT INTO ${S}.users (account_id, id, first_name, last_name, email, email_key, role_id, status)
      VALUES ($1, $2, $3, $4, $5, $6, 'user', 'active')`;
    for (const account of ["account-a", "account-b"]) {
      for (const person of people) {
        await db.query(insert, [
          account,
          person.id,
          person.firstName,
          person.lastName,
          person.email,
          normalizeEmail(person.email),
        ]);
      }
    }
    // More users than one batch of the fill, so that it pages on by (account, id).
    await db.query(
      `INSERT INTO ${S}.users (account_id, id, first_name, last_name, email, email_key, role_id, status)
       SELECT 'account-a', 'g-' || lpad(i::text, 5, '0'), 'Élodie', 'N' || i, 'e' || i || '@example.com',
         'e' || i || '@example.com', 'user', 'active'
       FROM generate_series(1, 5_100) AS i`,
    );

    await migrate(db, { schema: S });
    await migrate(db, { schema: S });

    const { rows } = await db.query<Pick<User, "firstName" | "lastName" | "email"> & { key: string | null }>(
      `SELECT first_name AS "firstName", last_name AS "lastName", email, search_key AS key FROM ${S}.users`,
    );
    expect(rows).toHaveLength(2 * people.length + 5_100);
    for (const row of rows) expect(row.key).toBe(userSearchKey(row));
    const index = await db.query<{ definition: string }>(
      "SELECT indexdef AS definition FROM pg_indexes WHERE schemaname = $1 AND indexname = 'users_search'",
      [S],
    );
    expect(index.rows[0]?.definition).toMatch(/USING gin \(account_id, search_key [\s\S]*gin_trgm_ops\)/);
    // Without its key a user cannot be stored at all.
    await expect(
      db.query(insert, ["account-a", "keyless", "A", "B", "k@example.com", "k@example.com"]),
    ).rejects.toMatchObject({ code: "23502" });
    // The existing users are found by their folded names and emails, each account its own.
    const store = createPostgresStore({ client: db, schema: S });
    const search = async (accountId: string, term: string) =>
      (
        await store.transaction((tx) => tx.listUsers({ page: 1, pageSize: 50, search: term }, ["user"]), {
          accountId,
        })
      ).users.map((user) => user.id);
    expect(await search("account-a", "jose")).toEqual(["u-1"]);
    expect(await search("account-b", "muller")).toEqual(["u-2"]);
    expect(await search("account-b", "renee.dubois@example")).toEqual(["u-2"]);
    expect(await search("account-b", "ευς")).toEqual(["u-3"]);
    expect(await search("account-a", "elodie n5100")).toEqual(["g-05100"]);
  });

  it("stores passwords and invitation tokens hashed, never as given", async () => {
    await migrate(db, { schema: "hashed" });
    const fixture = createConformanceFixture();
    await loadDataset(db, fixture, { schema: "hashed", passwordIterations: 1_000 });
    const users = await db.query<{ hash: string }>(
      `SELECT password_hash AS hash FROM hashed.users WHERE id = 'admin-1'`,
    );
    expect(users.rows[0]?.hash).toMatch(/^pbkdf2-sha256\$1000\$/);
    expect(users.rows[0]?.hash).not.toContain("password-admin-1");
    const tokens = await db.query<{ hash: string }>(`SELECT token_hash AS hash FROM hashed.invitations ORDER BY id`);
    for (const row of tokens.rows) expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe.each(TEST_DATABASES)("migrate on $title", ({ kind, title }) => {
  const database = lazyTestDatabase(kind, `migrations_${process.pid}`);
  // An upgrade runs in a schema of its own beside the file's, dropped with it.
  const schema = `upgrade_name_order_${process.pid}`;
  const S = `"${schema}"`;
  beforeAll(() => database(), PGLITE_START_TIMEOUT);
  afterAll(async () => {
    const db = await database();
    await db.client.query(`DROP SCHEMA IF EXISTS ${S} CASCADE`);
    await db.close();
  });

  it(`R1: version 6 keys every user of a version 5 database, account by account, with the memory adapter's name order, on ${title}`, async () => {
    const { client } = await database();
    await client.query(`DROP SCHEMA IF EXISTS ${S} CASCADE`);
    await migrate(client, { schema, toVersion: 5 });
    const people: Pick<User, "id" | "firstName" | "lastName" | "email">[] = [
      { id: "u-1", firstName: "Émile", lastName: "Zola", email: "emile@example.fr" },
      { id: "u-2", firstName: "Margaret", lastName: "김", email: "m.kim@example.kr" },
      { id: "u-3", firstName: "Søren", lastName: "", email: "s@example.dk" },
      // No name: the lower-cased email.
      { id: "u-4", firstName: " ", lastName: "", email: "Nameless@Example.com" },
    ];
    const insert = `INSERT INTO ${S}.users (account_id, id, first_name, last_name, email, email_key, search_key, role_id, status)
        VALUES ($1, $2, $3, $4, $5, $6, $7, 'user', 'active')`;
    for (const account of ["account-a", "account-b"]) {
      for (const person of people) {
        await client.query(insert, [
          account,
          person.id,
          person.firstName,
          person.lastName,
          person.email,
          normalizeEmail(person.email),
          userSearchKey(person),
        ]);
      }
    }
    // More users than one batch of the fill, so that it pages on by (account, id).
    await client.query(
      `INSERT INTO ${S}.users (account_id, id, first_name, last_name, email, email_key, search_key, role_id, status)
         SELECT 'account-a', 'g-' || lpad(i::text, 5, '0'), 'Ångel', 'N' || i, 'e' || i || '@example.com',
           'e' || i || '@example.com', 'angel n' || i || E'\\ne' || i || '@example.com', 'user', 'active'
         FROM generate_series(1, 5100) AS i`,
    );

    await migrate(client, { schema });
    await migrate(client, { schema });

    const { rows } = await client.query<Pick<User, "firstName" | "lastName" | "email"> & { key: string | null }>(
      `SELECT first_name AS "firstName", last_name AS "lastName", email, name_key AS key FROM ${S}.users`,
    );
    expect(rows).toHaveLength(2 * people.length + 5_100);
    for (const row of rows) expect(row.key).toBe(nameSortKey(row));
    expect(rows.filter((row) => row.email === "Nameless@Example.com").map((row) => row.key)).toEqual([
      "nameless@example.com",
      "nameless@example.com",
    ]);
    const index = await client.query<{ definition: string }>(
      "SELECT indexdef AS definition FROM pg_indexes WHERE schemaname = $1 AND indexname = 'users_name_order'",
      [schema],
    );
    expect(index.rows[0]?.definition).toMatch(/\(account_id, name_key COLLATE "C", id\)/);
    // Without its key a user cannot be stored at all.
    await expect(
      client.query(insert, ["account-a", "keyless", "A", "B", "k@example.com", "k@example.com", "a b\nk@example.com"]),
    ).rejects.toMatchObject({ code: "23502" });
    // The existing users are listed in the memory adapter's order, each account its own.
    const store = createPostgresStore({ client, schema });
    const byName = async (accountId: string) =>
      (
        await store.transaction(
          (tx) => tx.listUsers({ page: 1, pageSize: 10, sort: { field: "name", direction: "asc" } }, ["user"]),
          { accountId },
        )
      ).users.map((user) => user.id);
    expect(await byName("account-b")).toEqual(["u-1", "u-2", "u-4", "u-3"]);
    expect((await byName("account-a")).slice(0, 3)).toEqual(["g-00001", "g-00010", "g-00100"]);
  });
});
