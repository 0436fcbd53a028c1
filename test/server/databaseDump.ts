import type { TestDatabase } from "./testDatabase";

/** The tables that hold an account's data, every row of which a dump reads. */
export const DUMPED_TABLES = ["account", "users", "invitations", "external_users"] as const;

/** Every row of every table of the account, by table, ordered by id. */
export type DatabaseDump = Record<(typeof DUMPED_TABLES)[number], Record<string, unknown>[]>;

/**
 * R31: the whole stored state of the test's schema, to compare before and after a request that must
 * store nothing. Every column is read (versions, hashes, timestamps included): a refused request may
 * not bump a version or touch a hash. Values go through JSON so that dates and arrays compare by value.
 * R28: with `accountId`, that account's rows alone.
 */
export async function dumpDatabase(db: TestDatabase, options: { accountId?: string } = {}): Promise<DatabaseDump> {
  const dump: Partial<DatabaseDump> = {};
  for (const table of DUMPED_TABLES) {
    const accountColumn = table === "account" ? "id" : "account_id";
    const { rows } = await db.client.query<Record<string, unknown>>(
      options.accountId === undefined
        ? `SELECT * FROM "${db.schema}".${table} ORDER BY id`
        : `SELECT * FROM "${db.schema}".${table} WHERE ${accountColumn} = $1 ORDER BY id`,
      options.accountId === undefined ? [] : [options.accountId],
    );
    // By account, then id (the sort is stable); a schema older than version 3 has no account_id.
    const byAccount = (row: Record<string, unknown>) => String(row.account_id ?? "");
    rows.sort((x, y) => (byAccount(x) < byAccount(y) ? -1 : byAccount(x) > byAccount(y) ? 1 : 0));
    dump[table] = JSON.parse(JSON.stringify(rows)) as Record<string, unknown>[];
  }
  return dump as DatabaseDump;
}

/** A row's key: its id, after its account's when the table has several accounts' rows (R28). */
const rowKey = (row: Record<string, unknown>) =>
  row.account_id === undefined ? String(row.id) : `${String(row.account_id)}/${String(row.id)}`;

/** What differs between two dumps, one line per changed, added or removed row; empty when equal. */
export function dumpDifferences(before: DatabaseDump, after: DatabaseDump): string[] {
  const differences: string[] = [];
  for (const table of DUMPED_TABLES) {
    const byId = (rows: Record<string, unknown>[]) => new Map(rows.map((row) => [rowKey(row), JSON.stringify(row)]));
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
