import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateDataset } from "../../../src/adapters/memory";
import { createPostgresStore, loadDataset, migrate, type SqlQueryable } from "../../../src/server";
import type { StoreTransaction } from "../../../src/server/store";
import { lazyTestDatabase, PGLITE_START_TIMEOUT, TEST_DATABASES } from "../testDatabase";
import { withoutPasswords } from "./countFixture";

/*
 * Issue 11, R1: `user_counts`, each account's users by role and status (migration 7), is what lists
 * without a search, the seats used and the first-user check read instead of counting users. Its
 * triggers must keep it equal to the users table after every kind of write: bulk loads, updates of
 * many rows, role and status changes, deletions, concurrent writes of one account, and an upgrade from
 * a database that already holds users. Each test compares it with a count of the users.
 */

type Tally = Record<string, number>;

/** The tally as stored, without groups it counts as empty. */
async function stored(db: SqlQueryable, S: string): Promise<Tally> {
  const { rows } = await db.query<{ key: string; users: number | string }>(
    `SELECT account_id || '/' || role_id || '/' || status AS key, users FROM ${S}.user_counts WHERE users <> 0`,
  );
  return Object.fromEntries(rows.map((row) => [row.key, Number(row.users)]));
}

/** The tally as a count of the users table gives it. */
async function counted(db: SqlQueryable, S: string): Promise<Tally> {
  const { rows } = await db.query<{ key: string; users: number | string }>(
    `SELECT account_id || '/' || role_id || '/' || status AS key, count(*) AS users FROM ${S}.users
     GROUP BY account_id, role_id, status`,
  );
  return Object.fromEntries(rows.map((row) => [row.key, Number(row.users)]));
}

describe.each(TEST_DATABASES)("issue 11: the account's tally of users on $title", ({ kind }) => {
  const database = lazyTestDatabase(kind, `user_tally_${process.pid}`);
  const upgradeSchema = `user_tally_upgrade_${process.pid}`;
  beforeAll(() => database(), PGLITE_START_TIMEOUT);
  afterAll(async () => {
    const db = await database();
    await db.client.query(`DROP SCHEMA IF EXISTS "${upgradeSchema}" CASCADE`);
    await db.close();
  });

  async function loaded() {
    const db = await database();
    const S = `"${db.schema}"`;
    await db.client.query(`TRUNCATE ${S}.users, ${S}.user_counts`);
    for (const [accountId, seed] of [
      ["tally-a", 1],
      ["tally-b", 2],
    ] as const) {
      const dataset = withoutPasswords(generateDataset({ size: 300, seed }));
      await loadDataset(db.client, dataset, { schema: db.schema, accountId });
    }
    return { db, S };
  }

  it("R1: a bulk load, a reload of one account, a load of the only account and deleting everyone leave it equal to the users counted", async () => {
    const { db, S } = await loaded();
    const after = await stored(db.client, S);
    expect(Object.keys(after).length).toBeGreaterThan(4);
    expect(after).toEqual(await counted(db.client, S));
    // Reloading one account (its users deleted, then inserted) leaves the other's as it was.
    const smaller = withoutPasswords(generateDataset({ size: 40, seed: 3 }));
    await loadDataset(db.client, smaller, { schema: db.schema, accountId: "tally-a" });
    const reloaded = await stored(db.client, S);
    expect(reloaded).toEqual(await counted(db.client, S));
    const sum = (tally: Tally, account: string) =>
      Object.entries(tally).reduce((total, [key, users]) => total + (key.startsWith(`${account}/`) ? users : 0), 0);
    expect(sum(reloaded, "tally-a")).toBe(40);
    expect(sum(reloaded, "tally-b")).toBe(sum(after, "tally-b"));
    // A load with no account id replaces every account's users.
    await loadDataset(db.client, smaller, { schema: db.schema });
    expect(await stored(db.client, S)).toEqual(await counted(db.client, S));
    expect(Object.values(await stored(db.client, S)).reduce((total, users) => total + users, 0)).toBe(40);
    await db.client.query(`DELETE FROM ${S}.users`);
    expect(await stored(db.client, S)).toEqual({});
  });

  it("R1: updates of many rows, role and status changes, changes of neither, deletions and inserts keep it equal", async () => {
    const { db, S } = await loaded();
    const steps = [
      // Many rows at once, across roles and both accounts.
      `UPDATE ${S}.users SET status = 'suspended' WHERE status = 'active' AND id LIKE '%1'`,
      `UPDATE ${S}.users SET role_id = 'custom', status = 'revoked' WHERE id LIKE '%7' AND role_id <> 'owner'`,
      // A change of neither role nor status.
      `UPDATE ${S}.users SET last_login_at = now(), version = version + 1 WHERE account_id = 'tally-b'`,
      // A swap within one statement: the groups' sizes move both ways.
      `UPDATE ${S}.users SET status = CASE status WHEN 'active' THEN 'suspended' WHEN 'suspended' THEN 'active' ELSE status END
         WHERE account_id = 'tally-a'`,
      `DELETE FROM ${S}.users WHERE id LIKE '%3' AND account_id = 'tally-a'`,
      `INSERT INTO ${S}.users (account_id, id, email, email_key, search_key, name_key, role_id, status)
         SELECT 'tally-c', 'c-' || i, 'c' || i || '@example.com', 'c' || i || '@example.com', 'c' || i,
           'c' || i, CASE WHEN i % 3 = 0 THEN 'administrator' ELSE 'user' END, 'active'
         FROM generate_series(1, 25) AS i`,
      `DELETE FROM ${S}.users WHERE account_id = 'tally-c' AND role_id = 'administrator'`,
    ];
    for (const step of steps) {
      await db.client.query(step);
      expect(await stored(db.client, S), step).toEqual(await counted(db.client, S));
    }
    // A statement that fails changes nothing of it either.
    const before = await stored(db.client, S);
    await expect(
      db.client.query(`UPDATE ${S}.users SET status = 'unknown' WHERE account_id = 'tally-a'`),
    ).rejects.toThrow();
    expect(await stored(db.client, S)).toEqual(before);
  });

  it("R1: the store's own writes keep it, and its lists, seats and first-user check read it", async () => {
    const { db, S } = await loaded();
    const store = createPostgresStore({ client: db.client, schema: db.schema });
    const inAccount = <T>(work: (tx: StoreTransaction) => Promise<T>) =>
      store.transaction(work, { accountId: "tally-a" });
    const users = (await inAccount((tx) => tx.listUsers({ page: 1, pageSize: 100, statuses: ["active"] }, []))).users;
    const [first, second] = users.filter((user) => user.roleId !== "owner");
    if (!first || !second) throw new Error("The dataset has too few active users.");
    await inAccount(async (tx) => {
      expect(await tx.updateUser({ ...first, status: "suspended" }, first.version)).toBe(true);
      expect(await tx.deleteUser(second.id)).toBe(true);
    });
    expect(await stored(db.client, S)).toEqual(await counted(db.client, S));
    const { rows } = await db.client.query<{ active: number | string; all: number | string; live: number | string }>(
      `SELECT count(*) FILTER (WHERE status = 'active') AS active, count(*) AS all,
         count(*) FILTER (WHERE status <> 'revoked') AS live FROM ${S}.users WHERE account_id = 'tally-a'`,
    );
    const truth = { active: Number(rows[0]?.active), all: Number(rows[0]?.all), live: Number(rows[0]?.live) };
    const read = await inAccount(async (tx) => ({
      active: (await tx.listUsers({ page: 1, pageSize: 1, statuses: ["active"] }, [])).total,
      all: await tx.countUsers(),
      // No invitation is pending a year from now: the seats are the users not revoked.
      live: await tx.countSeatsUsed(new Date(Date.now() + 366 * 24 * 3_600_000)),
    }));
    expect(read).toEqual(truth);
  });

  it("R1: concurrent status and role changes of one account all succeed, and lose no change of it", async () => {
    const { db, S } = await loaded();
    const { rows } = await db.client.query<{ id: string }>(
      `SELECT id FROM ${S}.users WHERE account_id = 'tally-b' AND role_id = 'user' AND status IN ('active', 'suspended')
       ORDER BY id LIMIT 16`,
    );
    expect(rows).toHaveLength(16);
    const store = createPostgresStore({ client: db.client, schema: db.schema });
    // Each flips one user's status, active to suspended or back, and every other one its role too: the
    // same groups' rows change in both directions at once, and every transaction must commit.
    const flips = rows.map(({ id }, index) =>
      store.transaction(
        async (tx) => {
          const user = await tx.findUser(id, { forUpdate: true });
          if (!user) throw new Error(`No user ${id}.`);
          const status = user.status === "active" ? ("suspended" as const) : ("active" as const);
          const roleId = index % 2 === 0 ? "custom" : user.roleId;
          expect(await tx.updateUser({ ...user, status, roleId }, user.version)).toBe(true);
        },
        { accountId: "tally-b" },
      ),
    );
    await Promise.all(flips);
    expect(await stored(db.client, S)).toEqual(await counted(db.client, S));
  });

  it("R1: version 7 tallies the users a version 6 database already holds, in every account", async () => {
    const { client } = await database();
    const S = `"${upgradeSchema}"`;
    await client.query(`DROP SCHEMA IF EXISTS ${S} CASCADE`);
    await migrate(client, { schema: upgradeSchema, toVersion: 6 });
    // Users written as version 6 stored them (loadDataset writes the newest schema).
    for (const account of ["old-a", "old-b"]) {
      await client.query(
        `INSERT INTO ${S}.users (account_id, id, email, email_key, search_key, name_key, role_id, status)
           SELECT $1, 'u-' || i, 'u' || i || '@example.com', 'u' || i || '@example.com', 'u' || i, 'u' || i,
             (ARRAY['owner', 'administrator', 'user'])[1 + i % 3], (ARRAY['active', 'suspended', 'revoked'])[1 + i % 4 / 2]
           FROM generate_series(1, $2::int) AS i`,
        [account, account === "old-a" ? 120 : 45],
      );
    }
    const before = await counted(client, S);
    expect(Object.keys(before).length).toBeGreaterThan(6);
    await migrate(client, { schema: upgradeSchema });
    expect(await stored(client, S)).toEqual(before);
    // And keeps it from then on.
    await client.query(`UPDATE ${S}.users SET status = 'revoked' WHERE account_id = 'old-a' AND id LIKE '%2'`);
    expect(await stored(client, S)).toEqual(await counted(client, S));
  });
});
