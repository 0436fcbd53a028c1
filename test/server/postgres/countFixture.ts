import { afterAll, beforeAll } from "vitest";
import type { UserManagementDataset } from "../../../src/adapter";
import { generateDataset } from "../../../src/adapters/memory";
import { loadDataset } from "../../../src/server";
import { userSearchKey } from "../../../src/server/postgres/rows";
import { CONFORMANCE_CLOCK_START } from "../../../src/testing";
import { lazyTestDatabase, PGLITE_START_TIMEOUT, type TestDatabase } from "../testDatabase";

/** The account whose users the count tests list. */
export const COUNT_ACCOUNT = "count-account";
/** How many users it holds. */
export const COUNT_SIZE = 130;

/** No passwords: hashing is not what these tests are about. */
export const withoutPasswords = (dataset: UserManagementDataset): UserManagementDataset => ({
  ...dataset,
  passwords: {},
});

/** What a search looks in (R1): the store's search key, folded as the memory adapter folds (issue 11). */
export const searchText = (user: UserManagementDataset["users"][number]) => userSearchKey(user);

/**
 * The count tests' database for one test file (`kind`, a schema named after `name`): an account of
 * 130 users, its dates relative to the conformance clock, beside a neighbour whose users share the
 * table and are never counted. `db()` is set once `beforeAll` has run.
 */
export function useCountFixture(kind: "pglite" | "postgres", name: string) {
  const database = lazyTestDatabase(kind, `${name}_${process.pid}`);
  let db: TestDatabase | undefined;
  const dataset = generateDataset({ size: COUNT_SIZE, seed: 7, now: CONFORMANCE_CLOCK_START });
  beforeAll(async () => {
    db = await database();
    await loadDataset(db.client, withoutPasswords(dataset), { schema: db.schema, accountId: COUNT_ACCOUNT });
    await loadDataset(db.client, withoutPasswords(generateDataset({ size: 90, seed: 8 })), {
      schema: db.schema,
      accountId: "neighbour-account",
    });
  }, PGLITE_START_TIMEOUT + 60_000);
  afterAll(async () => (await database()).close());
  return {
    dataset,
    roleOrder: dataset.roleModel.roles.map((role) => role.id),
    db: () => {
      if (!db) throw new Error("The count fixture's database is opened in beforeAll.");
      return db;
    },
  };
}
