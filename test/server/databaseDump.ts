import type { TestDatabase } from "./testDatabase";

/** The tables that hold an account's data, every row of which a dump reads. */
export const DUMPED_TABLES = ["account", "users", "invitations", "external_users"] as const;

/** Every row of every table of the account, by table, ordered by id. */
export type DatabaseDump = Record<(typeof DUMPED_TABLES)[number], Record<string, unknown>[]>;

/**
 * R31: the whole stored state of the test's schema, to compare before and after a request that must
 * store nothing. Every column is read (versions, hashes, timestamps included): a refused request may
 * not bump a version or touch a hash. Values go through JSON so that dates and arrays compare by value.
 */
export async function dumpDatabase(db: TestDatabase): Promise<DatabaseDump> {
  const dump: Partial<DatabaseDump> = {};
  for (const table of DUMPED_TABLES) {
    const { rows } = await db.client.query<Record<string, unknown>>(
      `SELECT * FROM "${db.schema}".${table} ORDER BY id`,
    );
    dump[table] = JSON.parse(JSON.stringify(rows)) as Record<string, unknown>[];
  }
  return dump as DatabaseDump;
}

/** What differs between two dumps, one line per changed, added or removed row; empty when equal. */
export function dumpDifferences(before: DatabaseDump, after: DatabaseDump): string[] {
  const differences: string[] = [];
  for (const table of DUMPED_TABLES) {
    const byId = (rows: Record<string, unknown>[]) => new Map(rows.map((row) => [String(row.id), JSON.stringify(row)]));
    const old = byId(before[table]);
    const now = byId(after[table]);
    for (const [id, row] of old) {
      const next = now.get(id);
      if (next === undefined) differences.push(`${table} ${id}: removed`);
      else if (next !== row) differences.push(`${table} ${id}: changed from ${row} to ${next}`);
    }
    for (const id of now.keys()) if (!old.has(id)) differences.push(`${table} ${id}: added`);
  }
  return differences;
}
