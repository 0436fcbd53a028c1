import type { ListUsersResult } from "../../adapter/contract";
import { DEFAULT_USER_SORT, encodeListCursor, requestedCursor } from "../../adapter/listCursor";
import type { UserListQuery } from "../store";
import { toUser, USER_COLUMNS, type UserRow } from "./rows";
import { keysetPageSql } from "./userKeysetSql";
import {
  type GroupSize,
  groupCountSql,
  groupedPageSql,
  keyOrder,
  listCountSql,
  orderedGroups,
  pageGroups,
  parameters,
  type UserListGroups,
  type UserListKey,
  type UserListSql,
  userListSql,
} from "./userListSql";
import { type TallyFilter, tallyExpression, tallyGroupsSql, tallySql } from "./userTally";

/** R1: how far the user list counts by default; past it, `total` is a lower bound. */
export const DEFAULT_LIST_COUNT_LIMIT = 10_000;

/** What the user list reads through: one account's transaction, and how far it counts. */
export interface UserListSource {
  /** The quoted schema. */
  S: string;
  accountId: string;
  /** The most matches the list counts (`PostgresStoreOptions.countLimit`). */
  countLimit: number;
  /**
   * Runs a statement, planned for its own values: a list's best plan depends on the account's size,
   * the search's term and the filters' values (a plan made for an account of 50 users sorts all of an
   * account of 100,000 to reach its page 1,000).
   */
  rows<Row>(text: string, params: unknown[]): Promise<Row[]>;
  /** Runs a statement reading the account's tally by its key: its plan fits any values (`queryPrepared`). */
  rowsByKey<Row>(text: string, params: unknown[]): Promise<Row[]>;
}

/** A user list row: the user, and the extra columns of its query (the cursor's key, the union's order). */
type ListedRow = UserRow & {
  list_key?: string | null;
  list_slice?: number;
  list_branch?: number;
  list_order?: unknown;
  list_total?: number | string | null;
};

/** The user of a list row, without the query's own columns. */
function toListedUser({
  list_key: _key,
  list_slice: _slice,
  list_branch: _branch,
  list_order: _order,
  list_total: _total,
  ...row
}: ListedRow) {
  return toUser(row);
}

/** A sort by role or status: the row's value of the grouping column, its cursor's key. */
const groupValue = (sql: UserListSql, row: ListedRow) => (sql.groups?.column === "role_id" ? row.roleId : row.status);

/** The list's total, and whether it is a lower bound. */
type ListTotal = Pick<ListUsersResult, "total" | "totalIsLowerBound">;

/** What a page tells of the list's size before anything is counted. */
interface PageExtent {
  /** Rows before the page: walked by its OFFSET, or (a page read from a cursor) told by its number. */
  before: number;
  rows: number;
  /** Rows follow the page. */
  more: boolean;
  /** The page is the list's last: the list holds exactly `before` + `rows`. */
  isLast: boolean;
}

/**
 * R1: one page of one account's users (`userListSql`, answered from migration 4's indexes), and the
 * list's total, counted no further than `countLimit`. A page that ends the list needs no count; a
 * page that already reaches past the limit needs none either (its rows prove a lower bound). Otherwise
 * the list is counted up to the limit: exact below it, a lower bound (`totalIsLowerBound`) past it.
 */
export async function readUserList(
  source: UserListSource,
  query: UserListQuery,
  roleOrder: readonly string[],
): Promise<ListUsersResult> {
  const sql = userListSql(source.accountId, query, roleOrder);
  const sort = query.sort ?? DEFAULT_USER_SORT;
  // A cursor is read before any statement: garbage is a 422, never a query (R31).
  const requested = requestedCursor(query);
  const cursorOf = (row: ListedRow) =>
    encodeListCursor({ ...sort, key: sql.key ? (row.list_key ?? null) : groupValue(sql, row), id: row.id });
  const before = (query.page - 1) * query.pageSize;
  if (requested) {
    const present = sql.groups ? await presentValues(source, sql.groups) : [];
    // Keyset (R1): the page after or before a cursor, read from its index with no OFFSET.
    const page = keysetPageSql(
      source.S,
      USER_COLUMNS,
      sql,
      requested.side,
      requested.cursor,
      query.pageSize + 1,
      present,
    );
    const fetched = await source.rows<ListedRow>(page.text, page.params);
    const hasMore = fetched.length > query.pageSize;
    const rows = fetched.slice(0, query.pageSize);
    if (requested.side === "before") rows.reverse();
    const forward = requested.side === "after";
    // Reading backwards, the cursor's own page follows. Reading forwards, a page nothing follows is
    // the last one: the list holds the rows before it (its number says how many) and its own.
    const more = forward ? hasMore : true;
    const isLast = !more && rows.length > 0;
    const total = await listTotal(source, sql, { before, rows: rows.length, more, isLast });
    const [first, last] = [rows[0], rows[rows.length - 1]];
    return {
      users: rows.map(toListedUser),
      ...total,
      ...(first && (forward || hasMore) ? { prevCursor: cursorOf(first) } : {}),
      ...(last && (!forward || hasMore) ? { nextCursor: cursorOf(last) } : {}),
    };
  }
  const { rows, more, ...total } = sql.groups
    ? await groupedPage(source, sql, sql.groups, before, query.pageSize)
    : await keyPage(source, sql, before, query.pageSize);
  const [first, last] = [rows[0], rows[rows.length - 1]];
  return {
    users: rows.map(toListedUser),
    ...total,
    ...(first && before > 0 ? { prevCursor: cursorOf(first) } : {}),
    ...(last && more ? { nextCursor: cursorOf(last) } : {}),
  };
}

/** A group's value and how many users of the list hold it, as the tally has them. */
type TalliedValue = { value: string; count: number | string };

/**
 * By role or status: the column's values present in the account, whatever the filters (all of a
 * closed order's, unread), from the account's tally.
 */
async function presentValues(source: UserListSource, groups: UserListGroups): Promise<readonly string[]> {
  if (groups.closed) return groups.order;
  const tally = tallyGroupsSql(source.S, source.accountId, groups.column);
  return (await source.rowsByKey<TalliedValue>(tally.text, tally.params)).map((row) => row.value);
}

/** The groups in list order and their sizes; `exact` when every group is counted in full. */
interface GroupSizes {
  sizes: GroupSize[];
  exact: boolean;
}

/** A list without a search: every group's exact size, and the values present, from one read of the tally. */
async function talliedGroups(
  source: UserListSource,
  sql: UserListSql,
  groups: UserListGroups,
  filter: TallyFilter,
): Promise<GroupSizes> {
  const tally = tallyGroupsSql(source.S, source.accountId, groups.column, filter);
  const rows = await source.rowsByKey<TalliedValue>(tally.text, tally.params);
  const countOf = new Map(rows.map((row) => [row.value, Number(row.count)]));
  const present = groups.closed ? groups.order : rows.map((row) => row.value);
  const sizes = orderedGroups(groups, sql.direction, present).map((values) => ({
    values,
    count: values.reduce((sum, value) => sum + (countOf.get(value) ?? 0), 0),
  }));
  return { sizes, exact: true };
}

/**
 * A search: the groups counted in list order, each no further than the rows still needed to reach
 * `needed`, which places the page exactly. Exact when every group was counted and they fall short of
 * `needed`.
 */
async function countedGroups(
  source: UserListSource,
  sql: UserListSql,
  groups: UserListGroups,
  needed: number,
): Promise<GroupSizes> {
  const ordered = orderedGroups(groups, sql.direction, await presentValues(source, groups));
  const sizes: GroupSize[] = [];
  let counted = 0;
  for (const values of ordered) {
    if (counted >= needed) break;
    const counting = groupCountSql(source.S, sql, groups, values, needed - counted);
    const [row] = await source.rows<{ count: number | string }>(counting.text, counting.params);
    const count = Number(row?.count ?? 0);
    sizes.push({ values, count });
    counted += count;
  }
  return { sizes, exact: sizes.length === ordered.length && counted < needed };
}

/**
 * R1: the list's total from what its page showed, counting only when the page cannot tell. A list
 * without a search sums its filters' rows of the account's tally (`tallySql`): exact at any size. A
 * search is counted (`listCountSql`): exact up to `countLimit`, a lower bound past it. A lower bound is
 * never below the rows up to the page, plus one when more follow, so the page count always reaches the
 * page shown and the next one when it exists.
 */
async function listTotal(source: UserListSource, sql: UserListSql, extent: PageExtent): Promise<ListTotal> {
  if (extent.isLast) return { total: extent.before + extent.rows };
  if (sql.tally) {
    const tally = tallySql(source.S, source.accountId, sql.tally);
    const [row] = await source.rowsByKey<{ count: number | string }>(tally.text, tally.params);
    return { total: Number(row?.count ?? 0) };
  }
  const seen = extent.rows > 0 ? extent.before + extent.rows + (extent.more ? 1 : 0) : 0;
  if (seen > source.countLimit) return { total: seen, totalIsLowerBound: true };
  const counting = listCountSql(source.S, sql, source.countLimit);
  const [row] = await source.rows<{ count: number | string; examined: number | string }>(
    counting.text,
    counting.params,
  );
  const count = Number(row?.count ?? 0);
  if (Number(row?.examined ?? 0) <= source.countLimit) return { total: count };
  return { total: Math.max(Math.min(count, source.countLimit), seen), totalIsLowerBound: true };
}

/** A page read by offset: its rows, whether more follow, and the list's total. */
type OffsetPage = ListTotal & { rows: ListedRow[]; more: boolean };

/** By key, by offset (a jump to any page); `list_key` is the cursor's key of each row. */
async function keyPage(source: UserListSource, sql: UserListSql, offset: number, limit: number): Promise<OffsetPage> {
  const searched =
    sql.key && !sql.tally && !sql.unindexedSearch ? await matchedPage(source, sql, sql.key, offset, limit) : undefined;
  if (searched) return searched;
  const { params, param } = parameters(sql.params);
  // A list without a search reads its tally with the page, in the same statement: one round trip
  // fewer for the most asked list of all, the first page.
  const tallied = sql.tally ? `, (${tallyExpression(source.S, source.accountId, sql.tally, param)}) AS list_total` : "";
  // One row past the page says whether another page follows.
  const window = `${sql.orderBy} LIMIT ${param(limit + 1)} OFFSET ${param(offset)}`;
  // A later page of the whole account: the offset is walked in the sort's index alone (an index-only
  // scan, the index holding the key and the id), and only the page's rows are read from the table.
  // Walked with its rows, page 1,000 read 25,000 users from the table. A filter or a search needs
  // each row to test it, so those pages walk the index with their rows, as the first page does.
  const inIndex = offset > 0 && sql.tally && !sql.tally.roleIds?.length && !sql.tally.statuses?.length;
  const page = inIndex ? `AND id IN (SELECT id FROM ${source.S}.users ${sql.where} ${window}) ${sql.orderBy}` : window;
  const fetched = await source.rows<ListedRow>(
    `SELECT ${USER_COLUMNS}, ${sql.key?.text} AS list_key${tallied} FROM ${source.S}.users ${sql.where} ${page}`,
    params,
  );
  const rows = fetched.slice(0, limit);
  const more = fetched.length > limit;
  // A page that nothing follows and that is not past the end is the last one: the list holds exactly
  // its offset and its rows, and is not counted (most searches, small accounts, last pages).
  const isLast = !more && (rows.length > 0 || offset === 0);
  const total = fetched[0]?.list_total;
  if (total !== undefined && total !== null && !isLast) return { rows, more, total: Number(total) };
  // A search that `matchedPage` found to hold more than the limit: a lower bound, without counting again.
  if (searched === null && !isLast) {
    const seen = offset + rows.length + (more ? 1 : 0);
    return { rows, more, total: Math.max(source.countLimit, seen), totalIsLowerBound: true };
  }
  return { rows, more, ...(await listTotal(source, sql, { before: offset, rows: rows.length, more, isLast })) };
}

/**
 * R1: a search's page by offset and its exact total, in one statement that reads the matches once:
 * the trigram index finds them (at most `countLimit` + 1), their ids and sort keys are counted and
 * sorted, and only the page's users are read in full. Reading the page by walking the sort's index
 * and counting the matches apart read the same rows twice: 23 ms against 9 for a search matching
 * 4,300 of 100,000 users (psql, warm, same run). `null` when the search matches more than the limit:
 * its first `countLimit` + 1 matches are no sample of the page, which the caller then reads by walking
 * the sort's index, and the total is a lower bound. `undefined` for a page past the end, whose
 * total the caller counts.
 */
async function matchedPage(
  source: UserListSource,
  sql: UserListSql,
  key: UserListKey,
  offset: number,
  limit: number,
): Promise<OffsetPage | null | undefined> {
  const { params, param } = parameters(sql.params);
  const fetched = await source.rows<ListedRow>(
    `WITH matches AS MATERIALIZED (
       SELECT id, ${key.expression} AS list_sort FROM ${source.S}.users ${sql.where} LIMIT ${param(source.countLimit + 1)}),
     page AS (SELECT id FROM matches ORDER BY ${keyOrder("list_sort", sql.direction, key.nullable)} LIMIT ${param(limit + 1)} OFFSET ${param(offset)})
     SELECT ${USER_COLUMNS}, ${key.text} AS list_key, (SELECT count(*) FROM matches) AS list_total
     FROM ${source.S}.users ${sql.where} AND id IN (SELECT id FROM page) ${sql.orderBy}`,
    params,
  );
  const total = fetched[0]?.list_total;
  if (total === undefined || total === null) return offset === 0 ? { rows: [], more: false, total: 0 } : undefined;
  if (Number(total) > source.countLimit) return null;
  return { rows: fetched.slice(0, limit), more: fetched.length > limit, total: Number(total) };
}

/**
 * By role or status, by offset: the groups' sizes place the page exactly (`talliedGroups` without a
 * search, `countedGroups` with one); then the groups the page spans are read from their index. Sized
 * in full, the list's total is known; otherwise it is counted as a sort by key's is (`listTotal`), so a
 * search of one or two letters examines a bounded number of rows rather than looking for 10,000
 * matches group by group.
 */
async function groupedPage(
  source: UserListSource,
  sql: UserListSql,
  groups: UserListGroups,
  offset: number,
  limit: number,
): Promise<OffsetPage> {
  const needed = offset + limit + 1;
  const { sizes, exact } = sql.tally
    ? await talliedGroups(source, sql, groups, sql.tally)
    : await countedGroups(source, sql, groups, needed);
  const slices = pageGroups(sizes, offset, limit);
  let rows: ListedRow[] = [];
  if (slices.length > 0) {
    const page = groupedPageSql(source.S, USER_COLUMNS, sql, groups, slices);
    rows = await source.rows<ListedRow>(page.text, page.params);
  }
  if (exact) {
    const total = sizes.reduce((sum, size) => sum + size.count, 0);
    return { rows, more: offset + rows.length < total, total };
  }
  // Rows follow the page: at least `needed` match.
  const extent = { before: offset, rows: rows.length, more: true, isLast: false };
  return { rows, more: true, ...(await listTotal(source, sql, extent)) };
}
