import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { UserManagementDataset } from "../../../src/adapter";
import { createMemoryAdapter, generateDataset } from "../../../src/adapters/memory";
import { foldForSearch } from "../../../src/core/foldText";
import type { User } from "../../../src/core/types";
import { createPostgresStore, loadDataset } from "../../../src/server";
import { CONFORMANCE_CLOCK_START } from "../../../src/testing";
import { lazyTestDatabase, PGLITE_START_TIMEOUT, TEST_DATABASES } from "../testDatabase";

/*
 * Issue 11: case- and accent-insensitive search, the same on every store. The PostgreSQL store
 * searches a key folded in JavaScript by core's foldForSearch, the memory adapter's own fold, so both
 * find the same users, including where PostgreSQL's lower() folds otherwise (Greek final sigma).
 */

const ACCOUNT = "folding-account";
/** Beside it, the same people: a search never finds another account's. */
const NEIGHBOUR = "folding-neighbour";
const SIZE = 240;
const MAX_PAGE_SIZE = 200;

/** People only a fold of case and accents finds by these terms: their emails do not hold them. */
const FOLDED_PEOPLE: Pick<User, "firstName" | "lastName" | "email">[] = [
  { firstName: "José", lastName: "García", email: "j.garcia@example.com" },
  { firstName: "Zoë", lastName: "Ångström", email: "z.a@example.com" },
  { firstName: "Jürgen", lastName: "Müller", email: "jm@example.de" },
  { firstName: "Renée", lastName: "Dubois", email: "Renée.Dubois@Exämple.fr" },
  // JavaScript lower-cases a final capital sigma to ς, PostgreSQL's lower() to σ.
  { firstName: "Νίκος", lastName: "ΟΔΥΣΣΕΥΣ", email: "n.o@example.gr" },
  // Turkish İ decomposes to I and a dot above, which the fold strips.
  { firstName: "İSMAİL", lastName: "Yıldız", email: "iy@example.com.tr" },
];

/** A generated account whose first users are the people above. */
function foldingDataset(): UserManagementDataset {
  const dataset = generateDataset({ size: SIZE, seed: 11, now: CONFORMANCE_CLOCK_START });
  // Past the owners, so the memory adapter's viewer (the first active owner) stays who it was.
  const users = dataset.users.map((user, index) => {
    const person = FOLDED_PEOPLE[index - 10];
    return person ? { ...user, ...person } : user;
  });
  return { ...dataset, users, passwords: {} };
}

const idOf = (dataset: UserManagementDataset, email: string) => {
  const user = dataset.users.find((candidate) => candidate.email === email);
  if (!user) throw new Error(`The dataset has no ${email}.`);
  return user.id;
};

describe.each(TEST_DATABASES)("R1, issue 11: accent-insensitive search on $title", ({ kind }) => {
  const database = lazyTestDatabase(kind, `search_folding_${process.pid}`);
  const dataset = foldingDataset();
  const roleOrder = dataset.roleModel.roles.map((role) => role.id);

  beforeAll(async () => {
    const db = await database();
    await loadDataset(db.client, dataset, { schema: db.schema, accountId: ACCOUNT });
    await loadDataset(db.client, dataset, { schema: db.schema, accountId: NEIGHBOUR });
  }, PGLITE_START_TIMEOUT + 60_000);
  afterAll(async () => (await database()).close());

  async function store() {
    const db = await database();
    return createPostgresStore({ client: db.client, schema: db.schema });
  }

  /** Every user id a search finds in the store, in id order, page after page. */
  async function storeSearch(search: string): Promise<string[]> {
    const found: string[] = [];
    const users = await store();
    for (let page = 1; ; page++) {
      const result = await users.transaction(
        (tx) => tx.listUsers({ page, pageSize: MAX_PAGE_SIZE, search }, roleOrder),
        { accountId: ACCOUNT },
      );
      found.push(...result.users.map((user) => user.id));
      if (result.users.length < MAX_PAGE_SIZE) return found.sort();
    }
  }

  it.each([
    { search: "jose", email: "j.garcia@example.com" },
    { search: "ZOE", email: "z.a@example.com" },
    { search: "angstrom", email: "z.a@example.com" },
    { search: "muller", email: "jm@example.de" },
    { search: "MÜLLER", email: "jm@example.de" },
    // An email with accents, found without them (and by the name's newline-free part alone).
    { search: "renee.dubois@example.fr", email: "Renée.Dubois@Exämple.fr" },
    // Greek: "ευς" is how JavaScript folds ΕΥΣ at a word's end; two letters take the unindexed path.
    { search: "ευς", email: "n.o@example.gr" },
    { search: "ΟΔΥΣΣΕΥΣ", email: "n.o@example.gr" },
    { search: "ΥΣ", email: "n.o@example.gr" },
    { search: "νικος", email: "n.o@example.gr" },
    // Turkish: İSMAİL is found as "ismail".
    { search: "ismail", email: "iy@example.com.tr" },
  ])('R1, issue 11: accent-insensitive: "$search" finds $email', async ({ search, email }) => {
    expect(await storeSearch(search)).toContain(idOf(dataset, email));
  });

  it("R1, issue 11: accent-insensitive: where PostgreSQL's lower() folds Greek unlike JavaScript, the store folds as JavaScript", async () => {
    const db = await database();
    const { rows } = await db.client.query<{ folded: string }>("SELECT lower($1) AS folded", ["ΟΔΥΣΣΕΥΣ"]);
    // The database alone would store σ where the memory adapter has ς, and "ευς" would find nobody.
    expect(rows[0]?.folded).not.toBe(foldForSearch("ΟΔΥΣΣΕΥΣ"));
    expect(foldForSearch("ΟΔΥΣΣΕΥΣ")).toBe("οδυσσευς");
    expect(await storeSearch("ευς")).toEqual([idOf(dataset, "n.o@example.gr")]);
  });

  it("R1, issue 11: accent-insensitive: the same searches find the same users in the memory adapter and the PostgreSQL store", async () => {
    const memory = createMemoryAdapter({ dataset });
    async function memorySearch(search: string): Promise<string[]> {
      const found: string[] = [];
      for (let page = 1; ; page++) {
        const result = await memory.listUsers({ page, pageSize: MAX_PAGE_SIZE, search });
        found.push(...result.users.map((user) => user.id));
        if (result.users.length < MAX_PAGE_SIZE) return found.sort();
      }
    }
    // Terms of every length (one and two letters read no trigram index), accents, cases, scripts, and
    // pieces of generated names and emails.
    const terms = [
      ...["jose", "JOSÉ", "zoë", "ZOE", "muller", "é", "e", "ë", "an", "AN", "ss", "ß", "σ", "ς", "ευς", "i", "İ"],
      ...["ismail", "renee.dubois@example", "@example", ".com", "x", "qx", "%", "_", "\\"],
      ...dataset.users
        .filter((_, index) => index % 37 === 0)
        .flatMap((user) => [user.lastName.slice(0, 3).toUpperCase(), user.email.slice(2, 7), user.firstName]),
    ];
    let found = 0;
    for (const term of terms) {
      const expected = await memorySearch(term);
      found += expected.length;
      expect(await storeSearch(term), `search "${term}"`).toEqual(expected);
    }
    // The comparison is not of empty lists.
    expect(found).toBeGreaterThan(terms.length);
  });

  it("R1, issue 11: accent-insensitive: a changed name changes what search finds, and a new user is found by their folded name", async () => {
    const users = await store();
    const id = idOf(dataset, "z.a@example.com");
    const before = await users.transaction((tx) => tx.findUser(id), { accountId: ACCOUNT });
    if (!before) throw new Error("Zoë is missing.");
    const renamed: User = { ...before, firstName: "Chloé", lastName: "Maréchal", version: before.version + 1 };
    expect(await users.transaction((tx) => tx.updateUser(renamed, before.version), { accountId: ACCOUNT })).toBe(true);
    try {
      expect(await storeSearch("chloe marechal")).toEqual([id]);
      expect(await storeSearch("zoe")).not.toContain(id);
      const newcomer: User = { ...before, id: "newcomer", firstName: "Fañch", lastName: "Le Bihan", email: "f@b.bzh" };
      await users.transaction((tx) => tx.insertUser(newcomer), { accountId: ACCOUNT });
      expect(await storeSearch("fanch")).toEqual(["newcomer"]);
    } finally {
      await users.transaction(
        async (tx) => {
          await tx.deleteUser("newcomer");
          await tx.updateUser({ ...before, version: renamed.version + 1 }, renamed.version);
        },
        { accountId: ACCOUNT },
      );
    }
    expect(await storeSearch("zoe")).toContain(id);
  });
});
