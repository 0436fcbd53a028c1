import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { UserManagementDataset } from "../../src/adapter";
import { nameSortKey } from "../../src/core/foldText";
import type { User } from "../../src/core/types";
import { OPERATIONS, type OperationId, operationPath } from "../../src/http/operations";
import { createPostgresStore, loadDataset, migrate } from "../../src/server";
import { externalUserValues, invitationValues, userSearchKey, userValues } from "../../src/server/postgres/rows";
import { hashInvitationToken } from "../../src/server/secrets";
import { createConformanceFixture } from "../../src/testing";
import { type DatabaseDump, dumpDatabase, dumpDifferences } from "./databaseDump";
import {
  ACCOUNT_HEADER,
  BASE_PATH,
  type FullStack,
  startFullStack,
  TEST_PASSWORD_ITERATIONS,
  VIEWER_HEADER,
} from "./fullStackHarness";
import { DATABASE_URL, lazyTestDatabase, PGLITE_START_TIMEOUT, type TestDatabase } from "./testDatabase";

/*
 * R28: one database serves many accounts. Two accounts are loaded from the conformance fixture into
 * one schema, so their ids and emails collide on purpose (`admin-1`, `user-2`, fay.foster@… in both);
 * each also holds records of its own (`b-user`, `b-invitation`, `b-external`…). A caller of account A
 * gets, for every id of account B, exactly the answer of an id that exists nowhere, on every
 * operation; nothing of B changes; lists and counts are A's alone.
 */

const A = "account-a";
const B = "account-b";

/** The fixture as account `prefix`, with records of its own beside the ones both accounts share. */
function accountDataset(prefix: "a" | "b"): UserManagementDataset {
  // B: the delegated-manager variant, so that its role model (and `manager-1`) are B's alone.
  const fixture = createConformanceFixture(prefix === "a" ? "standard" : "delegated-manager");
  const byId = <T extends { id: string }>(items: readonly T[], id: string): T => {
    const found = items.find((item) => item.id === id);
    if (!found) throw new Error(`The fixture has no ${id}.`);
    return found;
  };
  const own = (template: User, id: string, email: string): User => ({ ...template, id, email });
  const ownUsers = [
    own(byId(fixture.users, "user-2"), `${prefix}-user`, `${prefix}.only@example.com`),
    own(byId(fixture.users, "suspended-1"), `${prefix}-suspended`, `${prefix}.suspended@example.com`),
  ];
  const pending = byId(fixture.invitations, "invitation-pending");
  const external = byId(fixture.externalUsers, "external-2");
  return {
    ...fixture,
    account: { ...fixture.account, name: `Account ${prefix.toUpperCase()}` },
    users: [...fixture.users, ...ownUsers],
    invitations: [
      ...fixture.invitations,
      { ...pending, id: `${prefix}-invitation`, email: `${prefix}.invitee@example.com`, token: `${prefix}-only-token` },
    ],
    externalUsers: [
      ...fixture.externalUsers,
      { ...external, id: `${prefix}-external`, email: `${prefix}.ext@example.com` },
    ],
    passwords: {
      ...fixture.passwords,
      ...Object.fromEntries(ownUsers.map((user) => [user.id, `password-${user.id}`])),
    },
  };
}

interface Answer {
  status: number;
  text: string;
  json?: Record<string, unknown>;
}

interface Call {
  operation: OperationId;
  id?: string;
  query?: string;
  body?: unknown;
}

/** One request to `stack`'s handler, as `userId` of `accountId` (no session when `userId` is null). */
async function send(stack: FullStack, accountId: string | null, userId: string | null, call: Call): Promise<Answer> {
  const operation = OPERATIONS[call.operation];
  const headers = new Headers(call.body === undefined ? {} : { "content-type": "application/json" });
  if (userId !== null) headers.set(VIEWER_HEADER, userId);
  if (accountId !== null) headers.set(ACCOUNT_HEADER, accountId);
  const response = await stack.handler(
    new Request(`http://backend.test${BASE_PATH}${operationPath(operation, call.id)}${call.query ?? ""}`, {
      method: operation.method,
      headers,
      body: call.body === undefined ? undefined : JSON.stringify(call.body),
    }),
  );
  const text = await response.text();
  return { status: response.status, text, json: text === "" ? undefined : (JSON.parse(text) as Answer["json"]) };
}

/** Every operation that takes an id, on a record that only account B holds. */
const PROBES: Call[] = [
  { operation: "getUser", id: "b-user" },
  { operation: "getUser", id: "manager-1" },
  { operation: "updateUser", id: "b-user", body: { version: 1, changes: { lastName: "Renamed" } } },
  { operation: "updateUser", id: "b-user", body: { version: 1, changes: { email: "fresh@example.com" } } },
  { operation: "updateUser", id: "b-user", body: { version: 0, changes: {} } },
  { operation: "deleteUser", id: "b-user" },
  { operation: "suspendUser", id: "b-user", body: { version: 1 } },
  { operation: "reactivateUser", id: "b-suspended", body: { version: 1 } },
  {
    operation: "changePassword",
    id: "b-user",
    body: { newPassword: "a brand new password", actorPassword: "password-admin-1" },
  },
  { operation: "resendInvitation", id: "b-invitation" },
  { operation: "cancelInvitation", id: "b-invitation" },
  {
    operation: "replaceInvitation",
    id: "b-invitation",
    body: { invitee: { email: "someone.else@example.com" }, roleId: "custom" },
  },
  { operation: "updateExternalUser", id: "b-external", body: { version: 1, roleId: "custom" } },
  { operation: "removeExternalUser", id: "b-external" },
];

/** The operations without an id, each checked by a test of its own below. */
const WITHOUT_ID: OperationId[] = [
  "getCapabilities",
  "getSession",
  "getRoleModel",
  "listUsers",
  "listInvitations",
  "listExternalUsers",
  "inviteUsers",
  "acceptInvitation",
];

const describeCall = (call: Call) => `${call.operation} ${call.id ?? ""} ${JSON.stringify(call.body ?? null)}`;

function describeTenancy(kind: "pglite" | "postgres") {
  // A schema of this process's own on PostgreSQL: another run of this file may share the server.
  const database = lazyTestDatabase(kind, `tenancy_${process.pid}`);
  beforeAll(() => database(), PGLITE_START_TIMEOUT);
  afterAll(async () => (await database()).close());

  /** Empties every table: no account at all. */
  async function wipe(db: TestDatabase): Promise<void> {
    for (const table of ["external_users", "invitations", "users", "account"]) {
      await db.client.query(`DELETE FROM "${db.schema}".${table}`);
    }
  }

  /** Accounts A and B (or A alone) loaded afresh, each with a handler whose callers are of that account. */
  async function load(accounts: "a" | "a+b", b: UserManagementDataset = accountDataset("b")) {
    const db = await database();
    await wipe(db);
    const a = await startFullStack(db, accountDataset("a"), undefined, { accountId: A });
    const stackB = accounts === "a+b" ? await startFullStack(db, b, undefined, { accountId: B }) : undefined;
    return { db, a, b: stackB };
  }

  it("R28: covers every operation of the contract", () => {
    const covered = new Set([...PROBES.map((probe) => probe.operation), ...WITHOUT_ID]);
    expect(covered).toEqual(new Set(Object.keys(OPERATIONS)));
  });

  it("R28: every primary key and unique constraint leads with the account (the key to distribute by on Citus), and so does every other index but the token hash's", async () => {
    const db = await database();
    const constraints = await db.client.query<{ table: string; name: string; type: string; columns: string[] }>(
      `SELECT c.relname AS table, con.conname AS name, con.contype::text AS type,
         (SELECT array_agg(a.attname::text ORDER BY k.ord) FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
          JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum) AS columns
       FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = $1 AND con.contype IN ('p', 'u') AND c.relname <> 'schema_migrations' ORDER BY 1, 2`,
      [db.schema],
    );
    const indexes = await db.client.query<{ table: string; name: string; unique: boolean; first: string | null }>(
      `SELECT c.relname AS table, i.relname AS name, ix.indisunique AS unique,
         (SELECT a.attname::text FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum = ix.indkey[0]) AS first
       FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class c ON c.oid = ix.indrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = $1 AND c.relname <> 'schema_migrations' ORDER BY 1, 2`,
      [db.schema],
    );
    // The account table is distributed by its own id; every other table by account_id.
    const key = (table: string) => (table === "account" ? "id" : "account_id");
    expect(constraints.rows.length).toBeGreaterThanOrEqual(4);
    for (const constraint of constraints.rows) {
      expect(constraint.columns[0], `${constraint.table}.${constraint.name}`).toBe(key(constraint.table));
    }
    const pgIndexes = await db.client.query<{ name: string; definition: string }>(
      `SELECT indexname AS name, indexdef AS definition FROM pg_indexes WHERE schemaname = $1 AND tablename <> 'schema_migrations'`,
      [db.schema],
    );
    expect(pgIndexes.rows.length).toBe(indexes.rows.length);
    for (const index of indexes.rows) {
      if (index.name === "invitations_token_hash") {
        // R15: acceptance is anonymous, so the token is looked up across accounts; never unique alone.
        expect(index.unique).toBe(false);
        continue;
      }
      expect(index.first, `${index.table}.${index.name}`).toBe(key(index.table));
    }
    expect(indexes.rows.map((index) => `${index.table}.${index.name}${index.unique ? " unique" : ""}`)).toEqual([
      "account.account_pkey unique",
      "external_users.external_users_pkey unique",
      "invitations.invitations_account_token_hash unique",
      "invitations.invitations_email_key",
      "invitations.invitations_pkey unique",
      "invitations.invitations_sent_at",
      "invitations.invitations_token_hash",
      "user_counts.user_counts_pkey unique",
      "users.users_active_role",
      "users.users_created_at",
      "users.users_email_key_unique unique",
      "users.users_email_order",
      "users.users_last_login_at",
      "users.users_name_order",
      "users.users_pkey unique",
      "users.users_role_order",
      "users.users_search",
      "users.users_status_order",
    ]);
  });

  it("R28: migration 3 upgrades a version 2 database with data, keeping every row as its account's", async () => {
    const db = await database();
    const schema = `tenancy_upgrade_${process.pid}`;
    const S = `"${schema}"`;
    await db.client.query(`DROP SCHEMA IF EXISTS ${S} CASCADE`);
    try {
      await migrate(db.client, { schema, toVersion: 2 });
      const dataset = createConformanceFixture();
      await db.client.query(
        `INSERT INTO ${S}.account (id, name, plan, invitation_validity_days, role_model) VALUES ($1, $2, $3::jsonb, $4, $5::jsonb)`,
        [
          dataset.account.id,
          dataset.account.name,
          JSON.stringify(dataset.account.plan),
          dataset.account.invitationValidityDays,
          JSON.stringify(dataset.roleModel),
        ],
      );
      for (const user of dataset.users) {
        await db.client.query(
          `INSERT INTO ${S}.users (id, email, first_name, last_name, role_id, permissions, status, two_factor_enabled,
             last_login_at, created_at, version, email_key)
           VALUES ($1, $2, $3, $4, $5, $6::text[], $7, $8, $9, $10, $11, $12)`,
          userValues(user),
        );
      }
      for (const { token, ...fields } of dataset.invitations) {
        await db.client.query(
          `INSERT INTO ${S}.invitations (id, email, first_name, last_name, role_id, permissions, invited_by, sent_at,
             expires_at, token_hash, email_key)
           VALUES ($1, $2, $3, $4, $5, $6::text[], $7::jsonb, $8, $9, $10, $11)`,
          invitationValues({ ...fields, tokenHash: await hashInvitationToken(token) }),
        );
      }
      for (const external of dataset.externalUsers) {
        await db.client.query(
          `INSERT INTO ${S}.external_users (id, email, first_name, last_name, home_account_id, home_account_name,
             role_id, permissions, status, two_factor_enabled, last_login_at, version)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8::text[], $9, $10, $11, $12)`,
          externalUserValues(external),
        );
      }
      const upgraded = { client: db.client, schema, close: async () => {} };
      const before = await dumpDatabase(upgraded);

      await migrate(db.client, { schema });

      const after = await dumpDatabase(upgraded);
      const withoutAccount = (dump: DatabaseDump) =>
        Object.fromEntries(
          Object.entries(dump).map(([table, rows]) => [
            table,
            rows
              // Migrations 5 and 6 added the search and name keys (issue 11): compared below.
              .map(({ account_id: _account, search_key: _search, name_key: _name, ...row }) => row)
              .sort((x, y) => String(x.id).localeCompare(String(y.id))),
          ]),
        );
      expect(withoutAccount(after)).toEqual(withoutAccount(before));
      for (const table of ["users", "invitations", "external_users"] as const) {
        expect(after[table].length).toBeGreaterThan(0);
        for (const row of after[table]) expect(row.account_id).toBe(dataset.account.id);
      }
      for (const user of dataset.users) {
        const row = after.users.find((stored) => stored.id === user.id);
        expect(row?.search_key).toBe(userSearchKey(user));
        expect(row?.name_key).toBe(nameSortKey(user));
      }
      // The store of one account goes on working without naming it, and a second account can join.
      const store = createPostgresStore({ client: db.client, schema });
      expect((await store.transaction((tx) => tx.getAccount())).account.id).toBe(dataset.account.id);
      expect((await store.transaction((tx) => tx.findUser("user-2")))?.email).toBe("fay.foster@example.org");
      const accepted = await store.findInvitationAccount?.(await hashInvitationToken("conformance-token-pending"));
      expect(accepted).toBe(dataset.account.id);
      await loadDataset(db.client, dataset, {
        schema,
        accountId: "second",
        passwordIterations: TEST_PASSWORD_ITERATIONS,
      });
      expect(await store.transaction((tx) => tx.countUsers(), { accountId: "second" })).toBe(dataset.users.length);
      expect(await store.transaction((tx) => tx.countUsers(), { accountId: dataset.account.id })).toBe(
        dataset.users.length,
      );
    } finally {
      await db.client.query(`DROP SCHEMA IF EXISTS ${S} CASCADE`);
    }
  });

  it("R28: a transaction without an account runs in the store's only one, and is refused when there are several", async () => {
    const { db } = await load("a");
    const store = createPostgresStore({ client: db.client, schema: db.schema });
    expect((await store.transaction((tx) => tx.getAccount())).account.name).toBe("Account A");
    await loadDataset(db.client, accountDataset("b"), {
      schema: db.schema,
      accountId: B,
      passwordIterations: TEST_PASSWORD_ITERATIONS,
    });
    await expect(store.transaction((tx) => tx.getAccount())).rejects.toThrow(/several accounts/);
    expect((await store.transaction((tx) => tx.getAccount(), { accountId: B })).account.name).toBe("Account B");
    // An account that is not stored answers as a caller who is not (R10).
    await expect(store.transaction((tx) => tx.getAccount(), { accountId: "gone" })).rejects.toMatchObject({
      code: "access_revoked",
    });
    // Reloading one account replaces its rows alone.
    const bBefore = await dumpDatabase(db, { accountId: B });
    await loadDataset(db.client, createConformanceFixture(), {
      schema: db.schema,
      accountId: A,
      passwordIterations: TEST_PASSWORD_ITERATIONS,
    });
    expect(await store.transaction((tx) => tx.findUser("a-user"), { accountId: A })).toBeUndefined();
    expect(dumpDifferences(bBefore, await dumpDatabase(db, { accountId: B }))).toEqual([]);
  });

  for (const [role, viewer, expected] of [
    ["a manager (admin-1)", "admin-1", "not_found"],
    ["a non-manager (user-1)", "user-1", "forbidden"],
  ] as const) {
    it(`R28, R29: ${role} of account A gets ${expected} for every id of account B, exactly as for an id no account holds; nothing changes`, async () => {
      // The answers while no account holds these ids…
      const alone = await load("a");
      const missing: string[] = [];
      for (const probe of PROBES) missing.push((await send(alone.a, A, viewer, probe)).text);
      // …and once account B holds them.
      const { db, a } = await load("a+b");
      const before = await dumpDatabase(db);
      const wrong: string[] = [];
      for (const [index, probe] of PROBES.entries()) {
        const answer = await send(a, A, viewer, probe);
        if (answer.text !== missing[index]) {
          wrong.push(`${describeCall(probe)}: ${answer.text} differs from the missing id's ${missing[index]}`);
        }
        const code = (answer.json?.error as { code?: string } | undefined)?.code;
        if (code !== expected)
          wrong.push(`${describeCall(probe)}: expected ${expected}, got ${answer.status} ${answer.text}`);
      }
      expect(wrong).toEqual([]);
      expect(dumpDifferences(before, await dumpDatabase(db))).toEqual([]);
      expect(a.revoked).toEqual([]);
    });
  }

  it("R28: lists, counts, the session and the role model of account A never show account B's", async () => {
    const { a, b } = await load("a+b");
    if (!b) throw new Error("B is not loaded.");
    const ids = (answer: Answer, key: string) =>
      ((answer.json?.[key] as { id: string }[] | undefined) ?? []).map((item) => item.id).sort();
    const datasetA = accountDataset("a");
    const datasetB = accountDataset("b");
    for (const [stack, accountId, dataset] of [
      [a, A, datasetA],
      [b, B, datasetB],
    ] as const) {
      const users = await send(stack, accountId, "admin-1", { operation: "listUsers", query: "?page=1&pageSize=100" });
      expect(ids(users, "users")).toEqual(dataset.users.map((user) => user.id).sort());
      expect(users.json?.total).toBe(dataset.users.length);
      const invitations = await send(stack, accountId, "admin-1", {
        operation: "listInvitations",
        query: "?page=1&pageSize=100",
      });
      expect(ids(invitations, "invitations")).toEqual(dataset.invitations.map((item) => item.id).sort());
      expect(invitations.json?.total).toBe(dataset.invitations.length);
      const externals = await send(stack, accountId, "admin-1", {
        operation: "listExternalUsers",
        query: "?page=1&pageSize=100",
      });
      expect(ids(externals, "externalUsers")).toEqual(dataset.externalUsers.map((item) => item.id).sort());
      const session = await send(stack, accountId, "admin-1", { operation: "getSession" });
      const account = session.json?.account as { id: string; name: string; seatsUsed: number };
      expect(account).toMatchObject({ id: accountId, name: dataset.account.name });
      const pending = dataset.invitations.filter((item) => item.id !== "invitation-expired").length;
      expect(account.seatsUsed).toBe(dataset.users.filter((user) => user.status !== "revoked").length + pending);
      const roleModel = await send(stack, accountId, "admin-1", { operation: "getRoleModel" });
      expect(ids(roleModel, "roles")).toEqual(dataset.roleModel.roles.map((role) => role.id).sort());
    }
    // Searching A for B's own people finds no one.
    for (const search of ["b.only", "b.suspended", "Gus"]) {
      const found = await send(a, A, "admin-1", { operation: "listUsers", query: `?search=${search}` });
      expect(found.json).toMatchObject({ users: [], total: 0 });
    }
  });

  it("R28: changes made in account A to ids that account B holds too leave account B as it was", async () => {
    const { db, a } = await load("a+b");
    const bBefore = await dumpDatabase(db, { accountId: B });
    const aBefore = await dumpDatabase(db, { accountId: A });
    const changes: Call[] = [
      { operation: "updateUser", id: "user-2", body: { version: 1, changes: { lastName: "Renamed" } } },
      { operation: "suspendUser", id: "user-2", body: { version: 2 } },
      { operation: "reactivateUser", id: "user-2", body: { version: 3 } },
      {
        operation: "changePassword",
        id: "user-2",
        body: { newPassword: "a brand new password", actorPassword: "password-admin-1" },
      },
      { operation: "resendInvitation", id: "invitation-expired" },
      {
        operation: "replaceInvitation",
        id: "invitation-pending",
        body: { invitee: { email: "someone.else@example.com" }, roleId: "custom" },
      },
      { operation: "cancelInvitation", id: "invitation-expired" },
      { operation: "updateExternalUser", id: "external-1", body: { version: 1, roleId: "custom" } },
      { operation: "removeExternalUser", id: "external-2" },
      { operation: "deleteUser", id: "custom-1" },
      { operation: "inviteUsers", body: { invitees: [{ email: "new.person@example.com" }], roleId: "user" } },
    ];
    const wrong: string[] = [];
    for (const change of changes) {
      const answer = await send(a, A, "admin-1", change);
      if (answer.status >= 300) wrong.push(`${describeCall(change)}: ${answer.status} ${answer.text}`);
    }
    expect(wrong).toEqual([]);
    expect(dumpDifferences(bBefore, await dumpDatabase(db, { accountId: B }))).toEqual([]);
    expect(dumpDifferences(aBefore, await dumpDatabase(db, { accountId: A })).length).toBeGreaterThan(5);
    expect(a.revoked).toEqual(["user-2", "external-2", "custom-1"]);
  });

  it("R2, R28: the same email may be a user of both accounts; invitations and seats are counted per account", async () => {
    // B at its seat limit: B cannot invite, A still can.
    const full = createConformanceFixture("seat-limit-reached");
    const { db, a, b } = await load("a+b", full);
    if (!b) throw new Error("B is not loaded.");
    const invite = (email: string) => ({
      operation: "inviteUsers" as const,
      body: { invitees: [{ email }], roleId: "user" },
    });
    const refused = await send(b, B, "admin-1", invite("another@example.com"));
    expect(refused.json).toMatchObject({ results: [{ outcome: "seat_limit" }] });
    const sent = await send(a, A, "admin-1", invite("x.new@example.com"));
    expect(sent.json).toMatchObject({ results: [{ outcome: "sent" }] });
    // user-2's address is a member's in both accounts; once A deletes user-2 it is invited to A,
    // accepted there, and again a user of both.
    const memberOfB = "fay.foster@example.org";
    const bBefore = await dumpDatabase(db, { accountId: B });
    await send(a, A, "admin-1", { operation: "deleteUser", id: "user-2" });
    const reinvited = await send(a, A, "admin-1", invite(memberOfB));
    expect(reinvited.json).toMatchObject({ results: [{ outcome: "sent" }] });
    const [result] = (reinvited.json?.results ?? []) as { invitation?: { id: string } }[];
    const token = a.tokens.get(result?.invitation?.id ?? "");
    const accepted = await send(a, null, null, {
      operation: "acceptInvitation",
      body: { token, firstName: "Fay", lastName: "Again" },
    });
    expect(accepted.status, accepted.text).toBe(200);
    const emails = await db.client.query<{ account: string }>(
      `SELECT account_id AS account FROM "${db.schema}".users WHERE email = $1 ORDER BY 1`,
      [memberOfB],
    );
    expect(emails.rows.map((row) => row.account)).toEqual([A, B]);
    // In A the address is now taken, in B it always was; B did not change.
    const again = await send(a, A, "admin-1", invite(memberOfB));
    expect(again.json).toMatchObject({ results: [{ outcome: "already_member" }] });
    expect(dumpDifferences(bBefore, await dumpDatabase(db, { accountId: B }))).toEqual([]);
  });

  it("R15, R28: acceptance finds the account from its token; a token two accounts hold is refused as invalid", async () => {
    const { db, a } = await load("a+b");
    const before = { a: await dumpDatabase(db, { accountId: A }), b: await dumpDatabase(db, { accountId: B }) };
    const accept = (token: string) =>
      send(a, null, null, { operation: "acceptInvitation", body: { token, firstName: "New", lastName: "Person" } });

    // Both accounts were loaded from the fixture: its tokens are held twice, so neither account is chosen.
    const shared = await accept("conformance-token-pending");
    const invalid = await accept("no-account-holds-this-token");
    expect(shared.status).toBe(404);
    expect(shared.text).toBe(invalid.text);
    expect(dumpDifferences(before.a, await dumpDatabase(db, { accountId: A }))).toEqual([]);
    expect(dumpDifferences(before.b, await dumpDatabase(db, { accountId: B }))).toEqual([]);

    const inB = await accept("b-only-token");
    expect(inB.status, inB.text).toBe(200);
    expect(inB.json).toMatchObject({ user: { email: "b.invitee@example.com" } });
    expect(dumpDifferences(before.a, await dumpDatabase(db, { accountId: A }))).toEqual([]);
    const bChanges = dumpDifferences(before.b, await dumpDatabase(db, { accountId: B }));
    expect(bChanges.filter((line) => line.startsWith("users"))).toHaveLength(1);
    expect(bChanges).toContain(`invitations ${B}/b-invitation: removed`);
    // Used once: the link no longer works, in any account.
    expect((await accept("b-only-token")).text).toBe(invalid.text);

    const inA = await accept("a-only-token");
    expect(inA.status, inA.text).toBe(200);
    const users = await db.client.query<{ account: string }>(
      `SELECT account_id AS account FROM "${db.schema}".users WHERE email = 'a.invitee@example.com'`,
    );
    expect(users.rows).toEqual([{ account: A }]);
  });

  it("R10, R28: a session of an account that is not stored answers as a deleted caller; a user id alone is refused once the store holds several accounts", async () => {
    const errors: unknown[] = [];
    const db = await database();
    await wipe(db);
    const a = await startFullStack(db, accountDataset("a"), undefined, {
      accountId: A,
      handlerOptions: { onError: (error) => errors.push(error) },
    });
    // One account: a user id alone works, as before accounts were scoped.
    expect((await send(a, null, "admin-1", { operation: "getSession" })).status).toBe(200);
    await loadDataset(db.client, accountDataset("b"), {
      schema: db.schema,
      accountId: B,
      passwordIterations: TEST_PASSWORD_ITERATIONS,
    });
    const gone = await send(a, "account-gone", "admin-1", { operation: "getSession" });
    const deleted = await send(a, A, "nobody", { operation: "getSession" });
    expect(gone.status).toBe(403);
    expect(gone.text).toBe(deleted.text);
    // B's user id in A is a missing caller too.
    expect((await send(a, A, "manager-1", { operation: "getSession" })).text).toBe(deleted.text);
    expect(errors).toEqual([]);
    const ambiguous = await send(a, null, "admin-1", { operation: "getSession" });
    expect(ambiguous.status).toBe(500);
    expect(String(errors[0])).toMatch(/several accounts/);
  });
}

describe("R28: many accounts in one database, on PGlite", () => describeTenancy("pglite"));
describe.skipIf(!DATABASE_URL)("R28: many accounts in one database, on PostgreSQL", () => describeTenancy("postgres"));
