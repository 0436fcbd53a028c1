import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateDataset } from "../../../src/adapters/memory";
import { createPostgresStore, createUserManagementHandler, loadDataset } from "../../../src/server";
import type { StoreTransaction } from "../../../src/server/store";
import { lazyTestDatabase, PGLITE_START_TIMEOUT, TEST_DATABASES, type TestDatabase } from "../testDatabase";
import { withoutPasswords } from "./countFixture";
import { type RecordedStatement, recordingClient } from "./recordingClient";

/*
 * Issue 11, R10: every transaction of a signed-in caller starts by reading the account and the caller
 * as stored now. The PostgreSQL store reads both in one statement when told the caller
 * (`TransactionOptions.viewerId`), and answers the `findUser` that follows from it, never a later
 * one: any statement in between, or a read that locks, goes to the database.
 */

const ACCOUNT = "viewer-read";

describe.each(TEST_DATABASES)("issue 11: the caller read with the account on $title", ({ kind }) => {
  const database = lazyTestDatabase(kind, `viewer_read_${process.pid}`);
  const dataset = withoutPasswords(generateDataset({ size: 30, seed: 5 }));
  // An active administrator: one who may list the account's users.
  const viewer = dataset.users.find((user) => user.roleId === "administrator" && user.status === "active");
  if (!viewer) throw new Error("The dataset has no active administrator.");
  let db: TestDatabase;
  beforeAll(async () => {
    db = await database();
    await loadDataset(db.client, dataset, { schema: db.schema, accountId: ACCOUNT });
  }, PGLITE_START_TIMEOUT);
  afterAll(async () => (await database()).close());

  /** Runs `work` for `viewerId`, returning its answer and the statements about users it sent. */
  async function run<T>(viewerId: string | undefined, work: (tx: StoreTransaction) => Promise<T>) {
    const statements: RecordedStatement[] = [];
    const store = createPostgresStore({ client: recordingClient(db.client, statements), schema: db.schema });
    const answer = await store.transaction(work, { accountId: ACCOUNT, ...(viewerId ? { viewerId } : {}) });
    return { answer, texts: statements.map(({ text }) => text) };
  }

  it("R10: the account and the caller come in one statement, and are what reading them apart gives", async () => {
    const apart = await run(undefined, async (tx) => ({
      account: await tx.getAccount(),
      user: await tx.findUser(viewer.id),
    }));
    expect(apart.texts).toHaveLength(1); // The account's statement names no user table.
    const together = await run(viewer.id, async (tx) => ({
      account: await tx.getAccount(),
      user: await tx.findUser(viewer.id),
    }));
    expect(together.answer).toEqual(apart.answer);
    expect(together.answer.user?.email).toBe(viewer.email);
    expect(together.texts).toHaveLength(1);
    expect(together.texts[0]).toMatch(/LEFT JOIN LATERAL/);
  });

  it("R10: a caller who is no user of the account is not found, and another id is read from the database", async () => {
    const missing = await run("no-such-user", async (tx) => {
      await tx.getAccount();
      return tx.findUser("no-such-user");
    });
    expect(missing.answer).toBeUndefined();
    expect(missing.texts).toHaveLength(1);
    const other = dataset.users.find((user) => user.id !== viewer.id);
    const another = await run(viewer.id, async (tx) => {
      await tx.getAccount();
      return tx.findUser(other?.id ?? "");
    });
    expect(another.answer?.id).toBe(other?.id);
    expect(another.texts).toHaveLength(2);
  });

  it("R28: a caller id that another account holds too reads this account's user, never the other's", async () => {
    const other = withoutPasswords(generateDataset({ size: 5, seed: 9 }));
    await loadDataset(db.client, other, { schema: db.schema, accountId: "viewer-read-other" });
    const onlyThere = other.users.find((user) => !dataset.users.some((mine) => mine.id === user.id));
    const shared = other.users.find((user) => dataset.users.some((mine) => mine.id === user.id));
    for (const id of [onlyThere?.id, "user-1"]) {
      if (!id) continue;
      const read = await run(id, async (tx) => {
        await tx.getAccount();
        return tx.findUser(id);
      });
      // This account's own user of that id, or none: never the other account's.
      const mine = dataset.users.find((user) => user.id === id);
      expect(read.answer?.email, id).toBe(mine?.email);
    }
    expect(shared?.email).not.toBe(dataset.users.find((user) => user.id === shared?.id)?.email);
  });

  it("R10, R25: after another statement, a second time, or to lock it, the caller is read again", async () => {
    const between = await run(viewer.id, async (tx) => {
      await tx.getAccount();
      await tx.countUsers();
      return tx.findUser(viewer.id);
    });
    expect(between.answer?.id).toBe(viewer.id);
    expect(between.texts).toHaveLength(3);
    const twice = await run(viewer.id, async (tx) => {
      await tx.getAccount();
      await tx.findUser(viewer.id);
      return tx.findUser(viewer.id);
    });
    expect(twice.texts).toHaveLength(2);
    const locked = await run(viewer.id, async (tx) => {
      await tx.getAccount();
      return tx.findUser(viewer.id, { forUpdate: true });
    });
    expect(locked.answer?.id).toBe(viewer.id);
    expect(locked.texts).toHaveLength(2);
    expect(locked.texts[1]).toMatch(/FOR UPDATE/);
  });

  it("R10: the handler's list request reads the account and the caller in one statement, then the page", async () => {
    const statements: RecordedStatement[] = [];
    const handler = createUserManagementHandler({
      store: createPostgresStore({ client: recordingClient(db.client, statements), schema: db.schema }),
      getViewer: () => ({ accountId: ACCOUNT, userId: viewer.id }),
      publicOrigin: "https://app.test",
      sendInvitation: () => {},
      onAccessRevoked: () => {},
      onError: () => {},
    });
    const response = await handler(new Request("https://app.test/users?page=1&pageSize=10"));
    expect(response.status).toBe(200);
    expect(((await response.json()) as { total: number }).total).toBe(dataset.users.length);
    expect(statements.map(({ text }) => (/LEFT JOIN LATERAL/.test(text) ? "account and caller" : "other"))).toEqual([
      "account and caller",
      "other",
    ]);
  });
});
