import type { UserSortField } from "../../adapter/contract";
import type { UserStatus } from "../../core/types";
import type { UserListQuery } from "../store";

/**
 * A sort by a column whose order is a list of values (the role model's roles, the statuses): read
 * group by group, each group (one value) from an (account, value, id) index in id order.
 */
export interface UserListGroups {
  column: "role_id" | "status";
  /** The column's values in ascending order; values not listed come after them, as one group. */
  order: readonly string[];
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
}

/** `%`, `_` and `\` are LIKE's own: a search for "50%" means the text "50%". */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

/*
 * Each expression below is, character for character, one that migration 4 indexes: PostgreSQL uses
 * an expression index only for the very expression it was built on. test/server/postgres/listPlans
 * asserts the plans.
 */

/**
 * R1: what a search looks in, lower-cased: the name and the email, joined by a newline. A search
 * cannot hold a newline (R31 refuses control characters), so "contains" here is "the name or the
 * email contains", as in the memory adapter. Indexed by `users_search` (trigrams, pg_trgm).
 */
const SEARCH_TEXT = `lower(first_name || ' ' || last_name || E'\\n' || email)`;

/** Where `users_last_login_at` keeps NULLs (NULLS FIRST), walked either way. */
export const nullsOf = (direction: "ASC" | "DESC") => (direction === "ASC" ? " NULLS FIRST" : " NULLS LAST");

/** A timestamp as exact text, to the microsecond (a JavaScript Date keeps milliseconds only). */
const utcText = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** Statuses in the list's order; the CHECK constraint of `users.status` allows these alone. */
const STATUS_ORDER: readonly UserStatus[] = ["active", "suspended", "revoked"];

/**
 * R1, R28: search, filters and sort of one account's user list, shaped so that every part is answered
 * from an index (migration 4): the search from the trigram index, each sort by walking its
 * (account, key, id) index and stopping at the page.
 */
export function userListSql(accountId: string, query: UserListQuery, roleOrder: readonly string[]): UserListSql {
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const conditions: string[] = [`account_id = ${param(accountId)}`];
  const search = query.search?.trim().toLowerCase();
  if (search) conditions.push(`${SEARCH_TEXT} LIKE ${param(`%${escapeLike(search)}%`)} ESCAPE '\\'`);
  if (query.roleIds && query.roleIds.length > 0) conditions.push(`role_id = ANY(${param([...query.roleIds])}::text[])`);
  if (query.statuses && query.statuses.length > 0) {
    conditions.push(`status = ANY(${param([...query.statuses])}::text[])`);
  }
  const whereParams = [...params];

  const direction = query.sort?.direction === "desc" ? "DESC" : "ASC";
  const byKey = (expression: string, type: UserListKey["type"] = "text", nullable = false) => ({
    orderBy: `ORDER BY ${expression} ${direction}${nullable ? nullsOf(direction) : ""}, id ${direction}`,
    key: { expression, text: type === "text" ? expression : utcText(expression), type, nullable },
  });
  const orders: Record<UserSortField, () => Pick<UserListSql, "orderBy" | "key" | "groups">> = {
    // A person without a name sorts by their email, as the memory adapter does.
    name: () => byKey(`COALESCE(NULLIF(lower(btrim(first_name || ' ' || last_name)), ''), lower(email))`),
    email: () => byKey("lower(btrim(email))"),
    // Never logged in sorts as the oldest.
    lastLoginAt: () => byKey("last_login_at", "timestamptz", true),
    createdAt: () => byKey("created_at", "timestamptz"),
    // In the role model's order; roles it lacks last (the memory adapter's order).
    role: () => ({ groups: { column: "role_id", order: [...new Set(roleOrder)] } }),
    status: () => ({ groups: { column: "status", order: STATUS_ORDER } }),
  };
  return {
    where: `WHERE ${conditions.join(" AND ")}`,
    whereParams,
    ...orders[query.sort?.field ?? "name"](),
    direction,
    params,
  };
}

/** How many users of the list hold each value of the grouping column. */
export function groupCountSql(S: string, sql: UserListSql, groups: UserListGroups): string {
  return `SELECT ${groups.column} AS value, count(*) AS count FROM ${S}.users ${sql.where} GROUP BY ${groups.column}`;
}

/** One group's share of a page: its values, and which of its rows (in id order). */
export interface GroupSlice {
  values: readonly string[];
  offset: number;
  limit: number;
}

/** The groups in list order (`direction`): each listed value alone, then the unlisted values present. */
export function orderedGroups(
  groups: UserListGroups,
  direction: "ASC" | "DESC",
  counts: ReadonlyMap<string, number>,
): string[][] {
  const listed = new Set(groups.order);
  const others = [...counts.keys()].filter((value) => !listed.has(value));
  const ordered: string[][] = [...groups.order.map((value) => [value]), ...(others.length > 0 ? [others] : [])];
  return direction === "DESC" ? ordered.reverse() : ordered;
}

/**
 * The groups a page spans, from each value's count (`groupCountSql`): the page is `limit` rows from
 * `offset` in (group, id) order, groups in `groups.order` (reversed for DESC), unlisted values last.
 */
export function pageGroups(
  groups: UserListGroups,
  direction: "ASC" | "DESC",
  counts: ReadonlyMap<string, number>,
  offset: number,
  limit: number,
): GroupSlice[] {
  const ordered = orderedGroups(groups, direction, counts);
  const slices: GroupSlice[] = [];
  let skip = offset;
  let wanted = limit;
  for (const values of ordered) {
    if (wanted <= 0) break;
    const size = values.reduce((sum, value) => sum + (counts.get(value) ?? 0), 0);
    if (skip >= size) {
      skip -= size;
      continue;
    }
    const take = Math.min(wanted, size - skip);
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
): { text: string; params: unknown[] } {
  const params = [...sql.whereParams];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const branches = slices.map((slice, index) => {
    // One value: equality, which the index answers in id order. Several (roles the model lacks): a
    // small group, sorted.
    const value =
      slice.values.length === 1
        ? `${groups.column} = ${param(slice.values[0])}`
        : `${groups.column} = ANY(${param([...slice.values])}::text[])`;
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
