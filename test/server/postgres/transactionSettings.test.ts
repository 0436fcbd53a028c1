import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import {
  createPostgresStore,
  type PgNamedStatement,
  type PgPoolConnection,
  type PgPoolLike,
  pgPoolClient,
} from "../../../src/server";
import { DATABASE_URL } from "../testDatabase";

/*
 * R31: every store transaction runs under its `timeoutMs` (statement, lock and idle-in-transaction
 * timeouts). Over `pgPoolClient` they are set with `BEGIN`, in the same round trip: one statement
 * fewer per request (bench:load). The session keeps its own settings afterwards (SET LOCAL).
 */

const SETTINGS = ["statement_timeout", "lock_timeout", "idle_in_transaction_session_timeout"];

describe.skipIf(!DATABASE_URL)("issue 11: a pgPoolClient transaction's settings, on PostgreSQL", () => {
  const pool = new pg.Pool({ connectionString: DATABASE_URL, max: 2 });
  afterAll(() => pool.end());

  /** The pool, recording each statement its connections are sent, and the settings in force after it. */
  function recordingPool() {
    const sent: { text: string; settings: string[] }[] = [];
    const recording: PgPoolLike = {
      query: <Row>(text: string, params?: unknown[]) => pool.query<Row & pg.QueryResultRow>(text, params),
      connect: async (): Promise<PgPoolConnection> => {
        const connection = await pool.connect();
        return {
          query: async (statement: string | PgNamedStatement, params?: unknown[]) => {
            const text = typeof statement === "string" ? statement : statement.text;
            const result =
              typeof statement === "string"
                ? await connection.query(statement, params)
                : await connection.query(statement);
            const { rows } = await connection.query<{ value: string }>(
              "SELECT current_setting(name) AS value FROM unnest($1::text[]) WITH ORDINALITY AS s(name, n) ORDER BY n",
              [SETTINGS],
            );
            sent.push({ text, settings: rows.map((row) => row.value) });
            return result as never;
          },
          release: (destroy) => connection.release(destroy),
        };
      },
      options: { max: 2 },
    };
    return { recording, sent };
  }

  it("R31: the store's timeouts are set as the transaction begins, in the same round trip, and end with it", async () => {
    const { recording, sent } = recordingPool();
    const store = createPostgresStore({ client: pgPoolClient(recording), timeoutMs: 4_321 });
    const answer = await store.transaction(async () => "done", { accountId: "no-such-account" });
    expect(answer).toBe("done");
    expect(sent.map(({ text }) => text.split(";")[0])).toEqual(["BEGIN", "COMMIT"]);
    expect(sent[0]?.settings).toEqual(["4321ms", "4321ms", "4321ms"]);
    expect(sent.some(({ text }) => text.includes("set_config"))).toBe(false);
    // After COMMIT the connection's session has its own settings again.
    expect(sent[1]?.settings).not.toContain("4321ms");
  });

  it("R31: a setting's name that is not an identifier is refused before anything is sent", async () => {
    const { recording, sent } = recordingPool();
    const client = pgPoolClient(recording);
    await expect(
      client.transaction(async () => "never", { settings: { "statement_timeout = 0; DROP TABLE x; --": "1" } }),
    ).rejects.toThrow(RangeError);
    expect(sent).toEqual([]);
    // A value is a quoted literal, whatever it holds.
    const quoted = await client.transaction(
      async (tx) => (await tx.query<{ value: string }>("SELECT current_setting('application_name') AS value")).rows,
      { settings: { application_name: "it's 'quoted'" } },
    );
    expect(quoted).toEqual([{ value: "it's 'quoted'" }]);
  });
});
