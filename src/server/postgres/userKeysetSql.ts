import { type CursorSide, cursorError, type ListCursor } from "../../adapter/listCursor";
import {
  groupCondition,
  nullsOf,
  orderedGroups,
  parameters,
  type SqlStatement,
  type UserListKey,
  type UserListSql,
} from "./userListSql";

/** One range of the list read from one index, in walking order. */
interface Branch {
  condition: string;
  orderBy: string;
}

const opposite = (direction: "ASC" | "DESC") => (direction === "ASC" ? "DESC" : "ASC");

/**
 * R1: the rows just past a cursor, with no OFFSET: each range starts at the cursor's (key, id) in an
 * (account, key, id) index (migrations 4 and 6) and stops after `limit` rows. `after` walks the list's own
 * direction; `before` walks the other way (the caller reverses the rows). Every branch keeps the
 * list's WHERE, so the account (R28) and the filters bound whatever the cursor says. A sort by key
 * is one range, or two where NULL last logins sit beyond the cursor; a sort by role or status is one
 * range per group from the cursor's own (`present`: the column's values present, `tallyGroupsSql`).
 * A group with no row left costs one index probe.
 * Columns added to `columns`: `list_key` (the cursor's key, for sorts by key).
 */
export function keysetPageSql(
  S: string,
  columns: string,
  sql: UserListSql,
  side: CursorSide,
  cursor: ListCursor,
  limit: number,
  present: readonly string[],
): SqlStatement {
  const { params, param } = parameters(sql.whereParams);
  const walk = side === "after" ? sql.direction : opposite(sql.direction);
  const beyond = walk === "ASC" ? ">" : "<";
  const branches = sql.key
    ? keyBranches(sql.key, walk, beyond, side, cursor, param)
    : groupBranches(sql, walk, beyond, side, cursor, present, param);
  const selected = `${columns}${sql.key ? `, ${sql.key.text} AS list_key` : ""}`;
  const limitParam = param(limit);
  const select = (branch: Branch, index: number) =>
    `SELECT ${selected}${branches.length > 1 ? `, ${index} AS list_branch${sql.key ? `, ${sql.key.expression} AS list_order` : ""}` : ""}
     FROM ${S}.users ${sql.where} AND ${branch.condition} ${branch.orderBy} LIMIT ${limitParam}`;
  if (branches.length === 0) return { text: `SELECT ${selected} FROM ${S}.users WHERE false`, params: [] };
  if (branches.length === 1) return { text: select(branches[0] as Branch, 0), params };
  const order = sql.key ? `list_branch, list_order ${walk}, id ${walk}` : `list_branch, id ${walk}`;
  const union = branches.map((branch, index) => `(${select(branch, index)})`).join(" UNION ALL ");
  return { text: `SELECT * FROM (${union}) AS page ORDER BY ${order} LIMIT ${limitParam}`, params };
}

/** A sort by key: past (key, id) by row comparison, which the index answers as a range. */
function keyBranches(
  key: UserListKey,
  walk: "ASC" | "DESC",
  beyond: string,
  side: CursorSide,
  cursor: ListCursor,
  param: (value: unknown) => string,
): Branch[] {
  const nulls = key.nullable ? nullsOf(walk) : "";
  const byKey = { orderBy: `ORDER BY ${key.expression} ${walk}${nulls}, id ${walk}` };
  const id = () => param(cursor.id);
  if (cursor.key === null) {
    if (!key.nullable) throw cursorError(side, "bad key");
    // In the NULL group: the rest of it by id, then (walking up) every non-NULL key.
    const rest = { condition: `${key.expression} IS NULL AND id ${beyond} ${id()}`, orderBy: `ORDER BY id ${walk}` };
    return walk === "ASC" ? [rest, { condition: `${key.expression} IS NOT NULL`, ...byKey }] : [rest];
  }
  if (key.type === "timestamptz" && !isExactUtc(cursor.key)) throw cursorError(side, "bad key");
  const past = {
    // A NULL key compares as NULL: the row comparison leaves the NULL group out, added below.
    condition: `ROW(${key.expression}, id) ${beyond} ROW(${param(cursor.key)}::${key.type}, ${id()})`,
    ...byKey,
  };
  return key.nullable && walk === "DESC"
    ? [past, { condition: `${key.expression} IS NULL`, orderBy: `ORDER BY id ${walk}` }]
    : [past];
}

/** `list_key`'s timestamp format; anything else was not made by this store. */
const EXACT_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
/** A real instant (no 30 February), as `list_key` writes it. */
function isExactUtc(text: string): boolean {
  if (!EXACT_UTC.test(text)) return false;
  const time = Date.parse(`${text.slice(0, 23)}Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 23) === text.slice(0, 23);
}

/** A sort by role or status: the rest of the cursor's group by id, then each following group. */
function groupBranches(
  sql: UserListSql,
  walk: "ASC" | "DESC",
  beyond: string,
  side: CursorSide,
  cursor: ListCursor,
  present: readonly string[],
  param: (value: unknown) => string,
): Branch[] {
  const groups = sql.groups;
  if (!groups || cursor.key === null) throw cursorError(side, "bad key");
  const ordered = orderedGroups(groups, walk, present);
  const listed = new Set(groups.order);
  const value = cursor.key;
  // Unlisted values are one group (the last ascending), even when none is left.
  let at = ordered.findIndex((values) => (listed.has(value) ? values[0] === value : !listed.has(values[0] ?? "")));
  if (at === -1) at = walk === "ASC" ? ordered.length : -1;
  const inGroup = (values: readonly string[]) => groupCondition(groups, values, param);
  const orderBy = `ORDER BY id ${walk}`;
  const branches: Branch[] = [];
  const current = ordered[at];
  if (current) branches.push({ condition: `${inGroup(current)} AND id ${beyond} ${param(cursor.id)}`, orderBy });
  for (const values of ordered.slice(at + 1)) branches.push({ condition: inGroup(values), orderBy });
  return branches;
}
