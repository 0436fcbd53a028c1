import type { UserSortField } from "../../adapter/contract";
import type { UserListQuery } from "../store";

/** The WHERE and ORDER BY of a user list query, with its parameters. */
export interface UserListSql {
  where: string;
  /** The parameters of `where` alone, for counting. */
  whereParams: unknown[];
  orderBy: string;
  /** The parameters of `where` and `orderBy`, for listing. */
  params: unknown[];
}

/** `%`, `_` and `\` are LIKE's own: a search for "50%" means the text "50%". */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

/** R1, R28: search, filters and sort of one account's user list, as SQL over the `users` table. */
export function userListSql(accountId: string, query: UserListQuery, roleOrder: readonly string[]): UserListSql {
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const conditions: string[] = [`account_id = ${param(accountId)}`];
  const search = query.search?.trim().toLowerCase();
  if (search) {
    const pattern = param(`%${escapeLike(search)}%`);
    conditions.push(
      `(lower(first_name || ' ' || last_name) LIKE ${pattern} ESCAPE '\\' OR lower(email) LIKE ${pattern} ESCAPE '\\')`,
    );
  }
  if (query.roleIds && query.roleIds.length > 0) conditions.push(`role_id = ANY(${param([...query.roleIds])}::text[])`);
  if (query.statuses && query.statuses.length > 0) {
    conditions.push(`status = ANY(${param([...query.statuses])}::text[])`);
  }

  const whereParams = [...params];
  const direction = query.sort?.direction === "desc" ? "DESC" : "ASC";
  const keys: Record<UserSortField, () => string> = {
    // A person without a name sorts by their email, as the memory adapter does.
    name: () => `COALESCE(NULLIF(lower(btrim(first_name || ' ' || last_name)), ''), lower(email)) ${direction}`,
    email: () => `lower(btrim(email)) ${direction}`,
    // Never logged in sorts as the oldest.
    lastLoginAt: () => `last_login_at ${direction} NULLS ${direction === "ASC" ? "FIRST" : "LAST"}`,
    createdAt: () => `created_at ${direction}`,
    // In the role model's order.
    role: () => `array_position(${param([...roleOrder])}::text[], role_id) ${direction}`,
    status: () => `CASE status WHEN 'active' THEN 0 WHEN 'suspended' THEN 1 ELSE 2 END ${direction}`,
  };
  return {
    where: `WHERE ${conditions.join(" AND ")}`,
    whereParams,
    orderBy: `ORDER BY ${keys[query.sort?.field ?? "name"]()}, id ${direction}`,
    params,
  };
}
