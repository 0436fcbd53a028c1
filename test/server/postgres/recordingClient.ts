import type { SqlClient, SqlQueryable } from "../../../src/server";

/** A statement the store sent, with its parameters. */
export interface RecordedStatement {
  text: string;
  params: unknown[];
  /** Sent to be prepared and its plan reused (`SqlQueryable.queryPrepared`), where the client offers it. */
  prepared?: boolean;
}

/**
 * `client` as a store sees it, recording into `statements` each statement about users that its
 * transactions send (the users table, or the account's tally of them; not the transaction's own
 * `set_config` calls), in order.
 */
export function recordingClient(client: SqlClient, statements: RecordedStatement[]): SqlClient {
  const recorded = (text: string, params: unknown[] | undefined, prepared: boolean) => {
    if (/\.(users|user_counts)\b/.test(text)) {
      statements.push({ text, params: params ?? [], ...(prepared ? { prepared } : {}) });
    }
  };
  const record = (db: SqlQueryable): SqlQueryable => ({
    query: (text, params) => {
      recorded(text, params, false);
      return db.query(text, params);
    },
    ...(db.queryPrepared && {
      queryPrepared: (text, params) => {
        recorded(text, params, true);
        return db.queryPrepared?.(text, params) ?? db.query(text, params);
      },
    }),
  });
  return {
    query: (text, params) => client.query(text, params),
    transaction: (work, options) => client.transaction((tx) => work(record(tx)), options),
  };
}
