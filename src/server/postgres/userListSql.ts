import type { UserSortField } from "../../adapter/contract";
import { foldForSearch } from "../../core/foldText";
import type { UserStatus } from "../../core/types";
import type { UserListQuery } from "../store";
import type { TallyFilter } from "./userTally";

/**
 * A sort by a column whose order is a list of values (the role model's roles, the statuses): read
 * group by group, each group (one value) from an (account, value, id) index in id order.
 */
export interface UserListGroups {
  column: "role_id" | "status";
  /** The column's values in ascending order; values not listed come after them, as one group. */
  order: readonly string[];
  /** `order` holds every value the column may hold (a CHECK constraint): there is no other value to look for. */
  closed: boolean;
}

/** A sort by key: what the list orders by, and how a cursor holds it (keyset paging). */
export interface UserListKey {
  /** The indexed expression, as the index has it. */
  expression: string;
  /** The key as exact text for a cursor (a timestamp to the microsecond, in UTC). */
  text: string;
  /** The SQL type a cursor's key is compared as. */
  type: "text" | "timestamptz";
  /** `NULL` keys (never logged in) come first ascending and last descending, as the index has them. */
  nullable: boolean;
}

/** The WHERE and ORDER BY of a user list query, with its parameters. */
export interface UserListSql {
  where: string;
  /** The parameters of `where` alone, for counting. */
  whereParams: unknown[];
  /** For a sort by key: the ORDER BY of the users table. */
  orderBy?: string;
  /** For a sort by key: its key. */
  key?: UserListKey;
  /** For a sort by role or status: the groups to read the page from (see `groupedPageSql`). */
  groups?: UserListGroups;
  direction: "ASC" | "DESC";
  /** The parameters of `where` and `orderBy`, for listing. */
  params: unknown[];
  /**
   * A search of one or two characters, which no trigram index narrows (pg_trgm needs three): its
   * condition, and the WHERE without it (same parameters). The count examines rows of the list
   * without the search, a bounded number of them, rather than looking for a bounded number of matches.
   */
  unindexedSearch?: { condition: string; where: string };
  /**
   * A list without a search: its role and status filters, whose exact total the account's tally
   * (`user_counts`, `tallySql`) holds.
   */
  tally?: TallyFilter;
}

/** `%`, `_` and `\` are LIKE's own: a search for "50%" means the text "50%". */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

/*
 * Each sort expression below is, character for character, one that migrations 4 and 6 index: PostgreSQL
 * uses an expression index only for the very expression it was built on. test/server/postgres/listPlans
 * asserts the plans.
 */

/**
 * R1: what a search looks in: `search_key`, the name and the email folded in JavaScript by core's
 * `foldForSearch` (case and accents, as the memory adapter folds them) when the user is written
 * (`userSearchKey`). The term is folded by the same function, so "jose" finds "José" and every store
 * finds the same users (issue 11). Indexed by `users_search` (trigrams, pg_trgm; migration 5).
 */
const SEARCH_TEXT = "search_key";

/**
 * R1: what the name order sorts by: `name_key`, core's `nameSortKey` (the memory adapter's key: folded
 * name, trimmed, or the lower-cased email) stored when the user is written, compared by code point
 * whatever the database's collation. Indexed by `users_name_order` (migration 6). A cursor's key is
 * compared with this same expression (its `$n::text` takes the explicit "C"), so the keyset walks the
 * index's order.
 */
const NAME_KEY = `name_key COLLATE "C"`;

/** A statement and its parameters. */
export interface SqlStatement {
  text: string;
  params: unknown[];
}

/** A statement's parameters as it is written: `param(value)` adds one and returns its placeholder. */
export function parameters(initial: readonly unknown[] = []): {
  params: unknown[];
  param: (value: unknown) => string;
} {
  const params = [...initial];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  return { params, param };
}

/** The length of a trigram: the shortest search term pg_trgm's index can narrow. */
const TRIGRAM = 3;

/** Where `users_last_login_at` keeps NULLs (NULLS FIRST), walked either way. */
export const nullsOf = (direction: "ASC" | "DESC") => (direction === "ASC" ? " NULLS FIRST" : " NULLS LAST");

/** A timestamp as exact text, to the microsecond (a JavaScript Date keeps milliseconds only). */
const utcText = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** Statuses in the list's order; the CHECK constraint of `users.status` allows these alone. */
const STATUS_ORDER: readonly UserStatus[] = ["active", "suspended", "revoked"];

/** The role and status filters of a list, as conditions on a table holding both columns (users, the tally). */
export function filterConditions(
  filter: { roleIds?: readonly string[]; statuses?: readonly string[] },
  param: (value: unknown) => string,
): string[] {
  const conditions: string[] = [];
  if (filter.roleIds && filter.roleIds.length > 0)
    conditions.push(`role_id = ANY(${param([...filter.roleIds])}::text[])`);
  if (filter.statuses && filter.statuses.length > 0) {
    conditions.push(`status = ANY(${param([...filter.statuses])}::text[])`);
  }
  return conditions;
}

/** A sort by key's order: `expression` (NULLs where its index keeps them), then id, both one way. */
export const keyOrder = (expression: string, direction: "ASC" | "DESC", nullable: boolean) =>
  `${expression} ${direction}${nullable ? nullsOf(direction) : ""}, id ${direction}`;

/**
 * R1, R28: search, filters and sort of one account's user list, shaped so that every part is answered
 * from an index (migrations 4 to 6): the search from the trigram index, each sort by walking its
 * (account, key, id) index and stopping at the page.
 */
export function userListSql(accountId: string, query: UserListQuery, roleOrder: readonly string[]): UserListSql {
  const { params, param } = parameters();
  const conditions: string[] = [`account_id = ${param(accountId)}`];
  const search = foldForSearch(query.search?.trim() ?? "");
  const searchCondition = search ? `${SEARCH_TEXT} LIKE ${param(`%${escapeLike(search)}%`)} ESCAPE '\\'` : undefined;
  conditions.push(...filterConditions(query, param));
  const whereParams = [...params];
  const where = (all: readonly string[]) => `WHERE ${all.join(" AND ")}`;
  // A trigram needs three characters (code points, as PostgreSQL counts them).
  const unindexedSearch =
    searchCondition && [...search].length < TRIGRAM
      ? { unindexedSearch: { condition: searchCondition, where: where(conditions) } }
      : {};

  const direction = query.sort?.direction === "desc" ? "DESC" : "ASC";
  const byKey = (expression: string, type: UserListKey["type"] = "text", nullable = false) => ({
    orderBy: `ORDER BY ${keyOrder(expression, direction, nullable)}`,
    key: { expression, text: type === "text" ? expression : utcText(expression), type, nullable },
  });
  const orders: Record<UserSortField, () => Pick<UserListSql, "orderBy" | "key" | "groups">> = {
    // R1: the memory adapter's own key (NAME_KEY); a person without a name sorts by their email.
    name: () => byKey(NAME_KEY),
    email: () => byKey("lower(btrim(email))"),
    // Never logged in sorts as the oldest.
    lastLoginAt: () => byKey("last_login_at", "timestamptz", true),
    createdAt: () => byKey("created_at", "timestamptz"),
    // In the role model's order; roles it lacks last (the memory adapter's order).
    role: () => ({ groups: { column: "role_id", order: [...new Set(roleOrder)], closed: false } }),
    status: () => ({ groups: { column: "status", order: STATUS_ORDER, closed: true } }),
  };
  return {
    where: where(searchCondition ? [...conditions, searchCondition] : conditions),
    whereParams,
    ...orders[query.sort?.field ?? "name"](),
    direction,
    params,
    ...unindexedSearch,
    ...(searchCondition ? {} : { tally: { roleIds: query.roleIds, statuses: query.statuses } }),
  };
}

/**
 * R1: how many users the list holds, counted no further than `limit`: `count` and how many rows were
 * `examined`. More than `limit` examined means the count stopped, and `count` is a lower bound. Most
 * lists stop at `limit` + 1 matches. A search of one or two characters (`unindexedSearch`) has no index
 * to find its matches by, so finding `limit` of them could read the whole account: it examines at most
 * `limit` + 1 rows of the list without the search instead, and counts the matches among them. Those
 * are read in id order, through the (account, id) primary key: a table scan would stop at the limit
 * too, but only after reading the rows of every account stored before this one's.
 */
export function listCountSql(S: string, sql: UserListSql, limit: number): SqlStatement {
  const params = [...sql.whereParams, limit + 1];
  const limitParam = `$${params.length}`;
  const scan = sql.unindexedSearch;
  const text = scan
    ? `SELECT count(*) FILTER (WHERE matches) AS count, count(*) AS examined
       FROM (SELECT ${scan.condition} AS matches FROM ${S}.users ${scan.where} ORDER BY id LIMIT ${limitParam})
         AS scanned`
    : `SELECT count(*) AS count, count(*) AS examined
       FROM (SELECT 1 FROM ${S}.users ${sql.where} LIMIT ${limitParam}) AS scanned`;
  return { text, params };
}

/** One group of a sort by role or status: a value, or (the values the order does not list) several. */
export const groupCondition = (groups: UserListGroups, values: readonly string[], param: (value: unknown) => string) =>
  values.length === 1
    ? `${groups.column} = ${param(values[0])}`
    : `${groups.column} = ANY(${param([...values])}::text[])`;

/**
 * How many users of the list one group holds, counted no further than `limit`: in id order, as its
 * (account, value, id) index holds them, so the count walks that index and stops, whatever share of
 * the table the account has.
 */
export function groupCountSql(
  S: string,
  sql: UserListSql,
  groups: UserListGroups,
  values: readonly string[],
  limit: number,
): SqlStatement {
  const { params, param } = parameters(sql.whereParams);
  const inGroup = groupCondition(groups, values, param);
  return {
    text: `SELECT count(*) AS count FROM (SELECT 1 FROM ${S}.users ${sql.where} AND ${inGroup}
           ORDER BY id LIMIT ${param(limit)}) AS counted`,
    params,
  };
}

/** One group's share of a page: its values, and which of its rows (in id order). */
export interface GroupSlice {
  values: readonly string[];
  offset: number;
  limit: number;
}

/** A group in list order and how many users of the list it holds. */
export interface GroupSize {
  values: readonly string[];
  count: number;
}

/**
 * The groups in list order (`direction`): each listed value alone, then the values present
 * (the account's tally, `tallyGroupsSql`) that the order does not list, as one group.
 */
export function orderedGroups(
  groups: UserListGroups,
  direction: "ASC" | "DESC",
  present: readonly string[],
): string[][] {
  const listed = new Set(groups.order);
  const others = present.filter((value) => !listed.has(value));
  const ordered: string[][] = [...groups.order.map((value) => [value]), ...(others.length > 0 ? [others] : [])];
  return direction === "DESC" ? ordered.reverse() : ordered;
}

/**
 * The groups a page spans: the page is `limit` rows from `offset` in (group, id) order, `sizes` the
 * groups in list order (`orderedGroups`) with their counts, as far as they were counted.
 */
export function pageGroups(sizes: readonly GroupSize[], offset: number, limit: number): GroupSlice[] {
  const slices: GroupSlice[] = [];
  let skip = offset;
  let wanted = limit;
  for (const { values, count } of sizes) {
    if (wanted <= 0) break;
    if (skip >= count) {
      skip -= count;
      continue;
    }
    const take = Math.min(wanted, count - skip);
    slices.push({ values, offset: skip, limit: take });
    wanted -= take;
    skip = 0;
  }
  return slices;
}

/**
 * The page's rows, group after group: each group read in id order from its (account, value, id)
 * index, from its offset, so a page of any depth reads its rows and not the account's. `$1` is the
 * account (the first condition of `userListSql`).
 */
export function groupedPageSql(
  S: string,
  columns: string,
  sql: UserListSql,
  groups: UserListGroups,
  slices: readonly GroupSlice[],
): SqlStatement {
  const { params, param } = parameters(sql.whereParams);
  const branches = slices.map((slice, index) => {
    // One value: equality, which the index answers in id order. Several (roles the model lacks): a
    // small group, sorted.
    const value = groupCondition(groups, slice.values, param);
    // The offset is walked in the index alone (an index-only scan, unless a filter needs the row), then
    // only the page's rows are read, by primary key.
    return `(SELECT ${columns}, ${index} AS list_slice FROM ${S}.users WHERE account_id = $1 AND id IN (
      SELECT id FROM ${S}.users ${sql.where} AND ${value}
      ORDER BY id ${sql.direction} LIMIT ${param(slice.limit)} OFFSET ${param(slice.offset)}))`;
  });
  return {
    text: `SELECT * FROM (${branches.join(" UNION ALL ")}) AS page ORDER BY list_slice, id ${sql.direction}`,
    params,
  };
}
