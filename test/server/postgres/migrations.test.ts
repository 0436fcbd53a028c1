import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDataset, migrate, SCHEMA_VERSION } from "../../../src/server";
import { createConformanceFixture } from "../../../src/testing";
import { PGLITE_START_TIMEOUT } from "../testDatabase";

const db = new PGlite();
beforeAll(() => db.waitReady, PGLITE_START_TIMEOUT);
afterAll(() => db.close());

describe("migrate", () => {
  it("creates the tables in their own schema, and running it again changes nothing", async () => {
    await migrate(db, { schema: "accounts_app" });
    await migrate(db, { schema: "accounts_app" });
    const { rows } = await db.query<{ version: number }>(`SELECT version FROM accounts_app.schema_migrations`);
    expect(rows.map((row) => row.version)).toEqual([SCHEMA_VERSION]);
    const tables = await db.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'accounts_app' ORDER BY 1`,
    );
    expect(tables.rows.map((row) => row.name)).toEqual([
      "account",
      "external_users",
      "invitations",
      "schema_migrations",
      "users",
    ]);
  });

  it("refuses a schema name that is not a plain identifier", async () => {
    await expect(migrate(db, { schema: 'x"; DROP TABLE users; --' })).rejects.toThrow(RangeError);
  });

  it("R2: the database itself refuses a second user with the same email in another case, with spaces", async () => {
    await migrate(db, { schema: "unique_emails" });
    await loadDataset(db, createConformanceFixture(), { schema: "unique_emails", passwordIterations: 1_000 });
    const insert = `INSERT INTO unique_emails.users (id, email, role_id, status) VALUES ($1, $2, 'user', 'active')`;
    await expect(db.query(insert, ["twin", "  ADA.ABBOTT@example.com "])).rejects.toMatchObject({ code: "23505" });
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
