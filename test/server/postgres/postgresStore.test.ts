import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isUserManagementError, normalizeEmail, type User } from "../../../src/core";
import { createPostgresStore, isDatabaseFault, loadDataset } from "../../../src/server";
import { createConformanceFixture } from "../../../src/testing";
import { startFullStack, TEST_PASSWORD_ITERATIONS } from "../fullStackHarness";
import { CLIENT_KINDS, DATABASE_TITLES, lazyTestDatabase, PGLITE_START_TIMEOUT } from "../testDatabase";

// JavaScript lower-cases a final capital sigma to ς, PostgreSQL's lower() to σ: two keys for one
// address unless the key comes from core's normalizeEmail alone.
const UPPER_GREEK = "ΣΑΣ@example.com";
const LOWER_GREEK = "σας@example.com";

/** The deadline in JavaScript, or PostgreSQL's own idle or statement timeout when it came first. */
const isTimedOut = (error: unknown) => isUserManagementError(error, "unavailable") || isDatabaseFault(error);

async function thrownBy(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("Expected the promise to reject.");
}

for (const kind of CLIENT_KINDS) {
  describe(`the PostgreSQL store on ${DATABASE_TITLES[kind]}`, () => {
    const database = lazyTestDatabase(kind, "store_keys");
    beforeAll(() => database(), PGLITE_START_TIMEOUT);
    afterAll(async () => (await database()).close());

    async function freshStore() {
      const db = await database();
      const fixture = createConformanceFixture();
      await loadDataset(db.client, fixture, { schema: db.schema, passwordIterations: TEST_PASSWORD_ITERATIONS });
      const template = fixture.users.find((user) => user.id === "user-1");
      if (!template) throw new Error("The fixture has no user-1.");
      return { db, fixture, template, store: createPostgresStore({ client: db.client, schema: db.schema }) };
    }

    it("R2: ΣΑΣ@… then σας@… is one address: the store refuses the second user", async () => {
      const { store, template } = await freshStore();
      const first: User = { ...template, id: "greek-1", email: UPPER_GREEK };
      const second: User = { ...template, id: "greek-2", email: LOWER_GREEK };
      await store.transaction((tx) => tx.insertUser(first));
      const error = await thrownBy(store.transaction((tx) => tx.insertUser(second)));
      expect(isUserManagementError(error, "conflict")).toBe(true);
      const found = await store.transaction((tx) => tx.memberEmails([normalizeEmail(LOWER_GREEK)]));
      expect([...found]).toEqual([normalizeEmail(UPPER_GREEK)]);
      expect(await store.transaction((tx) => tx.findUser("greek-2"))).toBeUndefined();
    });

    it("R2: changing an email to another case form of a member's is refused, in the handler and in the store", async () => {
      const { db, fixture, store } = await freshStore();
      const stack = await startFullStack(db, fixture);
      const admin = stack.as("admin-1");
      await admin.updateUser({ id: "user-1", version: 1, changes: { email: UPPER_GREEK } });
      const refused = await thrownBy(admin.updateUser({ id: "user-2", version: 1, changes: { email: LOWER_GREEK } }));
      expect(isUserManagementError(refused, "validation")).toBe(true);
      // Past the handler's own check, the unique index decides.
      const user2 = await store.transaction((tx) => tx.findUser("user-2"));
      if (!user2) throw new Error("user-2 is missing.");
      const direct = await thrownBy(
        store.transaction((tx) => tx.updateUser({ ...user2, email: LOWER_GREEK, version: 2 }, 1)),
      );
      expect(isUserManagementError(direct, "validation")).toBe(true);
      expect((await store.transaction((tx) => tx.findUser("user-2")))?.email).toBe("fay.foster@example.org");
    });

    it("R2, R11: an invitation to ΣΑΣ@… is pending for σας@…, and expired ones are cleared by the same key", async () => {
      const { store, fixture } = await freshStore();
      const pending = fixture.invitations.find((invitation) => invitation.id === "invitation-pending");
      if (!pending) throw new Error("The fixture has no pending invitation.");
      const { token: _token, ...fields } = pending;
      await store.transaction((tx) =>
        tx.saveInvitation({ ...fields, id: "greek-invitation", email: UPPER_GREEK, tokenHash: "f".repeat(64) }),
      );
      const key = normalizeEmail(LOWER_GREEK);
      const beforeExpiry = new Date(new Date(pending.expiresAt).getTime() - 1);
      expect([...(await store.transaction((tx) => tx.invitedEmails([key], beforeExpiry)))]).toEqual([key]);
      const afterExpiry = new Date(new Date(pending.expiresAt).getTime() + 1);
      await store.transaction((tx) => tx.deleteExpiredInvitations([key], afterExpiry));
      expect(await store.transaction((tx) => tx.findInvitation("greek-invitation"))).toBeUndefined();
    });

    it("R31: text with NUL and numbers PostgreSQL cannot hold are a 422 validation error from the store, not a fault", async () => {
      const { store } = await freshStore();
      const nul = await thrownBy(store.transaction((tx) => tx.findUser("user-1\u0000")));
      expect(isUserManagementError(nul, "validation")).toBe(true);
      expect(isUserManagementError(nul) && nul.fieldErrors?.body).toBe(
        "The request holds text or a number the database cannot store.",
      );
      const overflow = await thrownBy(
        store.transaction((tx) =>
          tx.listUsers({ page: 1_000_000_000_000_000_000, pageSize: 50 }, ["administrator", "user", "custom"]),
        ),
      );
      expect(isUserManagementError(overflow, "validation")).toBe(true);
      // The transaction was rolled back, and the store works on.
      expect((await store.transaction((tx) => tx.findUser("user-1")))?.id).toBe("user-1");
    });

    it("R31: the store refuses a timeoutMs that is not a positive whole number of milliseconds", async () => {
      const db = await database();
      for (const timeoutMs of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
        expect(() => createPostgresStore({ client: db.client, schema: db.schema, timeoutMs })).toThrow(RangeError);
      }
    });

    it("R31: a transaction that outlives its deadline fails and commits nothing, mid-work or done", async () => {
      const { db, template } = await freshStore();
      const store = createPostgresStore({ client: db.client, schema: db.schema, timeoutMs: 50 });
      const gate = () => {
        let open: () => void = () => {};
        const opened = new Promise<void>((resolve) => {
          open = resolve;
        });
        return { open, opened };
      };
      // Still working when the deadline passes: its next statement is refused.
      const midWork = gate();
      const late = store.transaction(async (tx) => {
        await tx.countUsers();
        await midWork.opened;
        await tx.insertUser({ ...template, id: "late-1", email: "late-1@example.com" });
      });
      expect(isTimedOut(await thrownBy(late))).toBe(true);
      midWork.open();
      // Done with its statements when the deadline passes: rolled back, not committed.
      const beforeCommit = gate();
      const done = store.transaction(async (tx) => {
        await tx.insertUser({ ...template, id: "late-2", email: "late-2@example.com" });
        await beforeCommit.opened;
      });
      expect(isTimedOut(await thrownBy(done))).toBe(true);
      beforeCommit.open();
      // PGlite serves one transaction at a time: this one runs after both have ended.
      const after = createPostgresStore({ client: db.client, schema: db.schema });
      expect(await after.transaction((tx) => tx.findUser("late-1"))).toBeUndefined();
      expect(await after.transaction((tx) => tx.findUser("late-2"))).toBeUndefined();
    });

    it("R31: every transaction runs under the configured statement, lock and idle timeouts", async () => {
      const db = await database();
      const seen: string[] = [];
      const store = createPostgresStore({
        client: {
          query: (text, params) => db.client.query(text, params),
          transaction: (work, options) =>
            db.client.transaction(
              (tx) =>
                work({
                  query: async <Row>(text: string, params?: unknown[]) => {
                    const result = await tx.query<Row>(text, params);
                    if (text.includes("set_config")) {
                      const settings = await tx.query<{ s: string; l: string; i: string }>(
                        `SELECT current_setting('statement_timeout') AS s, current_setting('lock_timeout') AS l,
                           current_setting('idle_in_transaction_session_timeout') AS i`,
                      );
                      const row = settings.rows[0];
                      if (row) seen.push(row.s, row.l, row.i);
                    }
                    return result;
                  },
                }),
              options,
            ),
        },
        schema: db.schema,
        timeoutMs: 4_321,
      });
      await store.transaction((tx) => tx.countUsers());
      expect(seen).toEqual(["4321ms", "4321ms", "4321ms"]);
      // SET LOCAL: the session itself keeps its own settings afterwards.
      const after = await db.client.query<{ s: string }>(`SELECT current_setting('statement_timeout') AS s`);
      expect(after.rows[0]?.s).not.toBe("4321ms");
    });
  });
}
