/*
 * R1: `user_counts` holds how many users each account has of each role and status, kept by
 * triggers on `users` (migration 7). A list without a search, the seats used and "is this the first
 * user" are then sums of a few rows, exact at any size, rather than counts of the account's users:
 * counting the first page of 100,000 users to its 10,000 limit cost PostgreSQL about 1 ms of CPU per
 * request, two thirds of all it did for that request (`bench:load`).
 *
 * The triggers are row-level, as Citus runs them (`citus.enable_unsafe_triggers`: it refuses
 * statement-level ones on distributed tables); the function changes only the changed user's own
 * account's rows, which sit on the same shard (both tables are distributed by `account_id`). An update
 * fires it only when the role or the status changed. Its two rows (the old group's and the new one's)
 * are changed in key order, so two single-row writes never wait on each other in a cycle; the writes of
 * one account that change a role or a status take turns on its rows until they commit (user management
 * writes are few), and a deadlock across statements is retried by the handler like any other.
 *
 * A bulk load (`loadDataset`) would fire it once per user: it sets `TALLY_SETTING` off for its
 * transaction instead, and writes the account's tally itself (`retallySql`). `TRUNCATE users` fires no
 * row trigger: truncate `user_counts` with it.
 */

import { filterConditions, parameters, type SqlStatement } from "./userListSql";

/** The transaction setting under which the triggers leave the tally to the statement's author. */
export const TALLY_SETTING = "react_user_management.tally";

/** Whether the statement's transaction leaves the tally to the triggers (it has not set `TALLY_SETTING` off). */
const TALLYING = `current_setting('${TALLY_SETTING}', true) IS DISTINCT FROM 'off'`;

/** Adds `deltas` (a VALUES list of account, role, status, delta) to the tally, in key order. */
const tallied = (S: string, deltas: string) =>
  `INSERT INTO ${S}.user_counts AS tally (account_id, role_id, status, users)
     SELECT account_id, role_id, status, sum(delta) FROM (VALUES ${deltas}) AS changed(account_id, role_id, status, delta)
     GROUP BY account_id, role_id, status HAVING sum(delta) <> 0
     ORDER BY account_id, role_id, status
   ON CONFLICT (account_id, role_id, status) DO UPDATE SET users = tally.users + excluded.users;`;

const ADDED = "(NEW.account_id, NEW.role_id, NEW.status, 1)";
const REMOVED = "(OLD.account_id, OLD.role_id, OLD.status, -1)";

/** The statements of migration 7, in order: table, function, triggers, then the users already stored. */
export function userTallyStatements(S: string): string[] {
  return [
    `CREATE TABLE ${S}.user_counts (
      account_id text NOT NULL,
      role_id text NOT NULL,
      status text NOT NULL,
      users bigint NOT NULL,
      PRIMARY KEY (account_id, role_id, status)
    )`,
    `CREATE FUNCTION ${S}.tally_user() RETURNS trigger LANGUAGE plpgsql AS $tally$
    BEGIN
      IF TG_OP = 'INSERT' THEN
        ${tallied(S, ADDED)}
      ELSIF TG_OP = 'DELETE' THEN
        ${tallied(S, REMOVED)}
      ELSE
        ${tallied(S, `${ADDED}, ${REMOVED}`)}
      END IF;
      RETURN NULL;
    END $tally$`,
    // Creating a trigger locks out writes to users until the migration commits, so no write falls
    // between the triggers and the count below.
    // Tested as each row is written (WHEN), so a bulk load queues no call per row.
    `CREATE TRIGGER users_tally AFTER INSERT OR DELETE ON ${S}.users FOR EACH ROW
       WHEN (${TALLYING}) EXECUTE FUNCTION ${S}.tally_user()`,
    `CREATE TRIGGER users_tally_change AFTER UPDATE OF role_id, status, account_id ON ${S}.users FOR EACH ROW
       WHEN (${TALLYING} AND (OLD.role_id IS DISTINCT FROM NEW.role_id OR OLD.status IS DISTINCT FROM NEW.status
             OR OLD.account_id IS DISTINCT FROM NEW.account_id))
       EXECUTE FUNCTION ${S}.tally_user()`,
    retallySql(S),
  ];
}

/**
 * Adds the users of the account `$1` (of every account, without it) to the tally, counted: after a bulk
 * load whose transaction set `TALLY_SETTING` off, and in migration 7. The tally holds none of them yet.
 */
export function retallySql(S: string, byAccount = false): string {
  return `INSERT INTO ${S}.user_counts (account_id, role_id, status, users)
    SELECT account_id, role_id, status, count(*) FROM ${S}.users ${byAccount ? "WHERE account_id = $1" : ""}
    GROUP BY account_id, role_id, status`;
}

/** Which of an account's users a tally sums: `$1` is the account; the filters' arrays follow. */
export interface TallyFilter {
  roleIds?: readonly string[];
  statuses?: readonly string[];
  /** Leaves out one status (the seats used: every user but the revoked ones). */
  exceptStatus?: string;
}

/** The conditions of `filter` on tally rows, their values added through `param`. */
function tallyConditions(filter: TallyFilter, param: (value: unknown) => string): string[] {
  const conditions = filterConditions(filter, param);
  if (filter.exceptStatus !== undefined) conditions.push(`status <> ${param(filter.exceptStatus)}`);
  return conditions;
}

/** A statement whose one row's `count` is how many of the account's users `filter` holds, exactly. */
export function tallySql(S: string, accountId: string, filter: TallyFilter = {}): SqlStatement {
  const { params, param } = parameters();
  return { text: tallyExpression(S, accountId, filter, param), params };
}

/**
 * How many of the account's users `filter` holds, exactly, as a scalar subquery whose values are
 * added through `param`: to read the total in a statement of its own (`tallySql`), or with a page.
 */
export function tallyExpression(
  S: string,
  accountId: string,
  filter: TallyFilter,
  param: (value: unknown) => string,
): string {
  const conditions = [`account_id = ${param(accountId)}`, ...tallyConditions(filter, param)];
  return `SELECT coalesce(sum(users), 0) AS count FROM ${S}.user_counts WHERE ${conditions.join(" AND ")}`;
}

/**
 * A statement with a row per value of `column` (role or status) that the account's users hold,
 * whatever `filter`: the `value`, and how many users holding it `filter` holds (its `count`, maybe 0).
 */
export function tallyGroupsSql(
  S: string,
  accountId: string,
  column: "role_id" | "status",
  filter: TallyFilter = {},
): SqlStatement {
  const { params, param } = parameters();
  const account = param(accountId);
  const conditions = tallyConditions(filter, param);
  const counted = conditions.length > 0 ? `sum(users) FILTER (WHERE ${conditions.join(" AND ")})` : "sum(users)";
  return {
    text: `SELECT ${column} AS value, coalesce(${counted}, 0) AS count FROM ${S}.user_counts
           WHERE account_id = ${account} GROUP BY ${column} HAVING sum(users) > 0`,
    params,
  };
}
