import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateDataset } from "../../../src/adapters/memory";
import { createPostgresStore, loadDataset, migrate, pgPoolClient, type SqlClient } from "../../../src/server";
import type { UserListQuery } from "../../../src/server/store";
import { DATABASE_URL } from "../testDatabase";

/*
 * Issue 11: over pg, the statements whose plan fits any value of their parameters are prepared once
 * per connection and run by name, so PostgreSQL parses and plans a first page once, not on every
 * request. A search's or a filter's statement is planned for its own values every time: a plan made
 * for another term can read the whole account (listPlans checks the generic plans of the others).
 */

const SCHEMA = `prepared_statements_${process.pid}`;
const ACCOUNT = "prepared-account";
const dataset = generateDataset({ size: 300, seed: 5 });
const roleOrder = dataset.roleModel.roles.map((role) => role.id);
const VIEWER = "user-1";
/** A second account, whose user ids are the first's too (both generated): only the account tells them apart. */
const OTHER = "prepared-other-account";
const other = generateDataset({ size: 40, seed: 6 });

interface Prepared {
  name: string;
  statement: string;
  generic_plans: number | string;
  custom_plans: number | string;
}

describe.skipIf(!DATABASE_URL)("issue 11: prepared statements over pgPoolClient, on PostgreSQL", () => {
  // One connection: what it has prepared is what every transaction of the test ran on.
  const pool = new pg.Pool({ connectionString: DATABASE_URL, max: 1 });
  const client = pgPoolClient(pool);

  beforeAll(async () => {
    await client.query(`DROP SCHEMA IF EXISTS "${SCHEMA}" CASCADE`);
    await migrate(client, { schema: SCHEMA });
    await loadDataset(client, { ...dataset, passwords: {} }, { schema: SCHEMA, accountId: ACCOUNT });
    await loadDataset(client, { ...other, passwords: {} }, { schema: SCHEMA, accountId: OTHER });
  });
  afterAll(async () => {
    await client.query(`DROP SCHEMA IF EXISTS "${SCHEMA}" CASCADE`);
    await pool.end();
  });

  /** What the pool's one connection holds prepared, forgotten first when `fresh`. */
  async function prepared(over: SqlClient = client): Promise<Prepared[]> {
    return over.transaction(async (tx) => {
      const { rows } = await tx.query<Prepared>(
        "SELECT name, statement, generic_plans, custom_plans FROM pg_prepared_statements ORDER BY name",
      );
      return rows;
    });
  }

  /** A request's transaction: the account with the caller, the caller, a page of the list. */
  const list = (over: SqlClient, query: Omit<UserListQuery, "pageSize">, accountId = ACCOUNT) =>
    createPostgresStore({ client: over, schema: SCHEMA }).transaction(
      async (tx) => {
        await tx.getAccount();
        await tx.findUser(VIEWER);
        return tx.listUsers({ ...query, pageSize: 25 }, roleOrder);
      },
      { accountId, viewerId: VIEWER },
    );

  it("R1: a request's reads by key are prepared once and run by name on every request, their plan reused", async () => {
    const first = await list(client, { page: 1 });
    for (let i = 0; i < 11; i++) expect(await list(client, { page: 1 })).toEqual(first);
    const statements = (await prepared()).filter(({ statement }) => statement.includes(`"${SCHEMA}".`));
    // The account with its caller: prepared once, run twelve times. PostgreSQL plans the first five
    // runs for their values, then reuses one plan (a read by key costs the same for any key).
    expect(statements).toHaveLength(1);
    const [account] = statements;
    expect(account?.name).toMatch(/^rum_/);
    expect(account?.statement).toContain(".account AS a");
    expect(Number(account?.custom_plans)).toBe(5);
    expect(Number(account?.generic_plans)).toBe(7);
    expect(first.users).toHaveLength(25);
  });

  it("R1: no list or count over an account's rows is prepared: each run is planned for its account and values", async () => {
    const store = createPostgresStore({ client, schema: SCHEMA });
    const queries: Omit<UserListQuery, "pageSize">[] = [
      { page: 1 },
      { page: 7 },
      { page: 1, sort: { field: "lastLoginAt", direction: "desc" } },
      { page: 3, sort: { field: "role", direction: "asc" } },
      { page: 1, search: "smi" },
      { page: 1, search: "a" },
      { page: 1, search: "zz" },
      { page: 1, statuses: ["suspended"] },
      { page: 1, roleIds: ["user"], sort: { field: "status", direction: "desc" } },
    ];
    for (let run = 0; run < 6; run++) {
      for (const query of queries) {
        const page = await list(client, query);
        if (page.nextCursor) await list(client, { ...query, after: page.nextCursor });
      }
      await store.transaction(
        async (tx) => {
          await tx.listInvitations(1, 25);
          await tx.listExternalUsers(1, 25);
          await tx.countSeatsUsed(new Date());
        },
        { accountId: ACCOUNT },
      );
    }
    // A plan made once for an account of 50 users would sort all of an account of 100,000 to reach
    // its page 1,000, or read every trigram of a one-letter search: lists are planned every time.
    const statements = (await prepared()).map(({ statement }) => statement);
    expect(
      statements.filter(
        (text) => /\.(users|invitations|external_users)\b/.test(text) && /\b(LIMIT|count)\b/i.test(text),
      ),
    ).toEqual([]);
    // What is prepared reads by key: the account, a user, the tally.
    expect(statements.length).toBeGreaterThan(0);
  });

  it("R28: a plan reused across requests reads each request's own account: the same ids of another account are its own users", async () => {
    const store = createPostgresStore({ client, schema: SCHEMA });
    const read = (accountId: string) =>
      store.transaction(
        async (tx) => ({ account: (await tx.getAccount()).account.id, viewer: await tx.findUser(VIEWER) }),
        { accountId, viewerId: VIEWER },
      );
    // Past PostgreSQL's five planned runs: the account's read now runs its reused plan.
    for (let i = 0; i < 8; i++) await read(ACCOUNT);
    const theirs = await read(OTHER);
    expect(theirs.account).toBe(OTHER);
    expect(theirs.viewer?.email).toBe(other.users.find((user) => user.id === VIEWER)?.email);
    expect(theirs.viewer?.email).not.toBe(dataset.users.find((user) => user.id === VIEWER)?.email);
    const page = await list(client, { page: 1 }, OTHER);
    expect(page.total).toBe(other.users.length);
    for (const user of page.users) expect(other.users.some((mine) => mine.email === user.email)).toBe(true);
  });

  it("R1: prepare: false prepares nothing, and answers the same", async () => {
    const own = new pg.Pool({ connectionString: DATABASE_URL, max: 1 });
    try {
      const unprepared = pgPoolClient(own, { prepare: false });
      const page = await list(unprepared, { page: 1 });
      expect(page).toEqual(await list(client, { page: 1 }));
      expect(await prepared(unprepared)).toEqual([]);
    } finally {
      await own.end();
    }
  });

  it("two pgPoolClients over one pool name each statement alike, so neither refuses the other's", async () => {
    const second = pgPoolClient(pool);
    const [a, b] = [await list(client, { page: 2 }), await list(second, { page: 2 })];
    expect(b).toEqual(a);
    expect(await list(client, { page: 2 })).toEqual(a);
  });
});
