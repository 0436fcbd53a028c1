import { EventEmitter } from "node:events";
import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { isUserManagementError, UserManagementError } from "../../src/core";
import {
  createPostgresStore,
  createUserManagementHandler,
  isDatabaseFault,
  loadDataset,
  migrate,
  type PgNamedStatement,
  type PgPoolConnection,
  type PgPoolLike,
  pgPoolClient,
  type SqlClient,
  type SqlQueryable,
  type SqlResult,
} from "../../src/server";
import { responseForThrown } from "../../src/server/errorResponse";
import { createConformanceFixture } from "../../src/testing";
import { TEST_PASSWORD_ITERATIONS, VIEWER_HEADER } from "./fullStackHarness";
import { createTestPGlite, DATABASE_URL, PGLITE_START_TIMEOUT } from "./testDatabase";

/*
 * R31: a database fault answers 503 `unavailable` (retryable), leaves nothing half-written and never
 * stops the server process. An unhandled 'error' event or rejection would fail this file's run.
 */

const UNAVAILABLE_BODY = {
  error: { code: "unavailable", message: "The database is not available right now. Try again in a moment." },
};
const DEADLINE_BODY = {
  error: { code: "unavailable", message: "The database did not answer in time. Try again in a moment." },
};

/** Nothing of the fault may reach the caller: no SQL, no driver or stack text. */
function expectNoInternals(text: string) {
  expect(text).not.toMatch(/select|insert|update |delete from|for update|set_config|pg_|sqlstate/i);
  expect(text).not.toMatch(/terminat|Connection|statement|lock|idle|\n\s+at |\.ts:\d|node_modules/);
}

/** 503 `unavailable` with `body`, or with either of the two messages when a timeout and the deadline race. */
async function expectUnavailable(response: Response, body: unknown = UNAVAILABLE_BODY) {
  expect(response.status).toBe(503);
  const text = await response.text();
  expectNoInternals(text);
  if (body === "either") expect([UNAVAILABLE_BODY, DEADLINE_BODY]).toContainEqual(JSON.parse(text));
  else expect(JSON.parse(text)).toEqual(body);
}

/** A handler with its own faults log, over `client`. */
function handlerOver(client: SqlClient, schema: string, timeoutMs?: number) {
  const reported: unknown[] = [];
  const handler = createUserManagementHandler({
    store: createPostgresStore({ client, schema, ...(timeoutMs === undefined ? {} : { timeoutMs }) }),
    getViewer: (request) => request.headers.get(VIEWER_HEADER),
    sendInvitation: () => {},
    onAccessRevoked: () => {},
    onError: (error) => reported.push(error),
    passwordIterations: TEST_PASSWORD_ITERATIONS,
  });
  const call = (method: string, path: string, body?: unknown) =>
    handler(
      new Request(`http://backend.test${path}`, {
        method,
        headers: { [VIEWER_HEADER]: "admin-1", ...(body === undefined ? {} : { "content-type": "application/json" }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
    );
  return { call, reported };
}

const renameUser1 = (firstName: string) => ["PATCH", "/users/user-1", { version: 1, changes: { firstName } }] as const;
const inviteTwo = [
  "POST",
  "/invitations",
  { invitees: [{ email: "first.new@example.com" }, { email: "second.new@example.com" }], roleId: "user" },
] as const;

describe("isDatabaseFault", () => {
  const withCode = (code: string, message = "database error") => Object.assign(new Error(message), { code });

  it("R31: recognises connection, resource, operator-intervention, timeout and lock faults by SQLSTATE", () => {
    for (const code of [
      "08000",
      "08006",
      "08P01",
      "53300",
      "53100",
      "57014",
      "57P01",
      "57P02",
      "57P03",
      "58030",
      "25P03",
      "55P03",
      "40001",
      "40P01",
    ]) {
      expect(isDatabaseFault(withCode(code)), code).toBe(true);
    }
  });

  it("R31: recognises Node socket errors and pg's lost-connection errors, also as a cause or inside an AggregateError", () => {
    for (const code of ["ECONNRESET", "ECONNREFUSED", "EPIPE", "ETIMEDOUT"]) {
      expect(isDatabaseFault(withCode(code, `connect ${code}`)), code).toBe(true);
    }
    for (const message of [
      "Connection terminated unexpectedly",
      "Connection terminated",
      "Connection terminated due to connection timeout",
      "Client has encountered a connection error and is not queryable",
      "Client was closed and is not queryable",
      "timeout exceeded when trying to connect",
    ]) {
      expect(isDatabaseFault(new Error(message)), message).toBe(true);
    }
    expect(isDatabaseFault(new AggregateError([withCode("ECONNREFUSED")], "connect failed"))).toBe(true);
    expect(isDatabaseFault(new Error("wrapped", { cause: withCode("57P01") }))).toBe(true);
  });

  it("R31: does not take bad input, constraint violations or bugs for faults", () => {
    for (const code of ["23505", "23502", "22021", "22003", "42P01", "42601", "ENOENT", "08", "57P01X"]) {
      expect(isDatabaseFault(withCode(code)), code).toBe(false);
    }
    for (const value of [new TypeError("x is undefined"), new Error("boom"), "ECONNRESET", null, undefined, 57, {}]) {
      expect(isDatabaseFault(value)).toBe(false);
    }
    const loop: Error & { cause?: unknown } = new Error("loop");
    loop.cause = loop;
    expect(isDatabaseFault(loop)).toBe(false);
  });

  it("R31: responseForThrown answers a fault 503 unavailable, reports it, and shows none of it", async () => {
    const onError = vi.fn();
    const fault = Object.assign(new Error('terminating connection due to administrator command at "SELECT 1"'), {
      code: "57P01",
    });
    await expectUnavailable(responseForThrown(fault, onError));
    expect(onError).toHaveBeenCalledWith(fault);
    const bug = new TypeError("Cannot read properties of undefined (reading 'id')");
    const response = responseForThrown(bug, onError);
    expect(response.status).toBe(500);
    expect(onError).toHaveBeenCalledWith(bug);
    // A typed `unavailable` (a deadline passed) is a fault too: reported, answered as it says.
    const deadline = new UserManagementError(
      "unavailable",
      "The database did not answer in time. Try again in a moment.",
    );
    await expectUnavailable(responseForThrown(deadline, onError), DEADLINE_BODY);
    expect(onError).toHaveBeenCalledWith(deadline);
  });
});

/** A `pg`-like connection: statements answered by `answer`, ended by `release(error)` as pg's are. */
class FakeConnection extends EventEmitter implements PgPoolConnection {
  readonly statements: string[] = [];
  readonly releases: (boolean | Error | undefined)[] = [];
  private broken: Error | undefined;
  private readonly pending = new Set<(error: Error) => void>();

  constructor(private readonly answer: (text: string) => "ok" | "never" = () => "ok") {
    super();
  }

  get pendingCount() {
    return this.pending.size;
  }

  /** As pg: the session's error fails the statement running, then is emitted. */
  fail(error: Error) {
    this.broken = error;
    for (const reject of this.pending) reject(error);
    this.pending.clear();
    this.emit("error", error);
  }

  query<Row>(statement: string | PgNamedStatement): Promise<SqlResult<Row>> {
    const text = typeof statement === "string" ? statement : statement.text;
    this.statements.push(text);
    if (this.broken) return Promise.reject(new Error("Client has encountered a connection error and is not queryable"));
    if (this.answer(text) === "ok") return Promise.resolve({ rows: [] });
    return new Promise((_, reject) => {
      const settle = (error: Error) => reject(error);
      this.pending.add(settle);
    });
  }

  release(destroy?: boolean | Error) {
    this.releases.push(destroy);
    if (destroy) {
      const error = new Error("Connection terminated");
      for (const reject of this.pending) reject(error);
      this.pending.clear();
      this.broken ??= error;
    }
  }
}

function fakePool(connection: FakeConnection): PgPoolLike & EventEmitter {
  return Object.assign(new EventEmitter(), {
    query: <Row>() => Promise.resolve<SqlResult<Row>>({ rows: [] }),
    connect: () => Promise.resolve<PgPoolConnection>(connection),
  });
}

describe("pgPoolClient", () => {
  const terminated = () =>
    Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" });

  it("R31: a session ended between two statements fails the transaction with its error and closes the connection", async () => {
    const connection = new FakeConnection();
    const client = pgPoolClient(fakePool(connection));
    const error = terminated();
    const outcome = client.transaction(async (tx) => {
      await tx.query("SELECT 1");
      connection.fail(error);
      await tx.query("SELECT 2");
    });
    await expect(outcome).rejects.toBe(error);
    expect(connection.releases).toEqual([error]);
    // No ROLLBACK on a dead session.
    expect(connection.statements).toEqual(["BEGIN", "SELECT 1", "SELECT 2"]);
  });

  it("R31: a session ended while the work does not query (JS running) fails the transaction at once", async () => {
    const connection = new FakeConnection();
    const client = pgPoolClient(fakePool(connection));
    const error = terminated();
    let finishWork: () => void = () => {};
    const outcome = client.transaction(async (tx) => {
      await tx.query("SELECT 1");
      await new Promise<void>((resolve) => {
        finishWork = resolve;
        connection.fail(error);
      });
    });
    await expect(outcome).rejects.toBe(error);
    expect(connection.releases).toEqual([error]);
    finishWork();
  });

  it("R31: healthy transactions return the connection and leave no listener behind", async () => {
    const connection = new FakeConnection();
    const client = pgPoolClient(fakePool(connection));
    for (let round = 0; round < 3; round++) await client.transaction((tx) => tx.query("SELECT 1"));
    await expect(
      client.transaction(async () => {
        throw new Error("refused by the work");
      }),
    ).rejects.toThrow("refused by the work");
    expect(connection.releases).toEqual([undefined, undefined, undefined, undefined]);
    expect(connection.listenerCount("error")).toBe(0);
    expect(connection.statements.at(-1)).toBe("ROLLBACK");
  });

  it("R31: an idle connection's error goes to onError (console.error by default), not to the process", () => {
    const onError = vi.fn();
    const pool = fakePool(new FakeConnection());
    pgPoolClient(pool, { onError });
    const error = terminated();
    pool.emit("error", error);
    expect(onError).toHaveBeenCalledWith(error);

    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const other = fakePool(new FakeConnection());
      pgPoolClient(other);
      other.emit("error", error);
      expect(quiet).toHaveBeenCalledWith(expect.any(String), error);
    } finally {
      quiet.mockRestore();
    }
  });

  it("R31: the later errors of a connection closed after its transaction failed are not reported again", async () => {
    const onError = vi.fn();
    const connection = new FakeConnection();
    const pool = fakePool(connection);
    const client = pgPoolClient(pool, { onError });
    const error = terminated();
    await expect(
      client.transaction(async (tx) => {
        connection.fail(error);
        await tx.query("SELECT 1");
      }),
    ).rejects.toBe(error);
    // pg hands a released connection's errors to the pool.
    pool.emit("error", new Error("Connection terminated unexpectedly"), connection);
    expect(onError).not.toHaveBeenCalled();
    pool.emit("error", error, new FakeConnection());
    expect(onError).toHaveBeenCalledWith(error);
  });

  it("R31: past the deadline the connection is closed, not returned, and its statement let go", async () => {
    const connection = new FakeConnection((text) => (text.startsWith("BEGIN") ? "never" : "ok"));
    const { call, reported } = handlerOver(pgPoolClient(fakePool(connection)), "user_management", 50);
    await expectUnavailable(await call("GET", "/session"), DEADLINE_BODY);
    expect(connection.releases).toHaveLength(1);
    expect(connection.releases[0]).toBeInstanceOf(Error);
    expect(connection.pendingCount).toBe(0);
    expect(reported).toHaveLength(1);
  });
});

describe("a database that never answers", () => {
  /** A client whose statements never answer; they let go only when the transaction is aborted. */
  function stalledClient(honoursAbort: boolean) {
    const statements: { settled: boolean }[] = [];
    const transactions: { settled: boolean }[] = [];
    const never = <Row>(signal: AbortSignal | undefined): Promise<SqlResult<Row>> => {
      const state = { settled: false };
      statements.push(state);
      return new Promise<SqlResult<Row>>((_, reject) => {
        if (!honoursAbort) return;
        signal?.addEventListener("abort", () => reject(signal.reason), { once: true });
      }).finally(() => {
        state.settled = true;
      });
    };
    const client: SqlClient = {
      query: <Row>() => never<Row>(undefined),
      transaction: <T>(work: (tx: SqlQueryable) => Promise<T>, options?: { signal?: AbortSignal }) => {
        const state = { settled: false };
        transactions.push(state);
        const tx: SqlQueryable = { query: <Row>() => never<Row>(options?.signal) };
        const running = work(tx).finally(() => {
          state.settled = true;
        });
        running.catch(() => {});
        return running;
      },
    };
    return { client, statements, transactions };
  }

  it("R31: a stalled SqlClient answers 503 unavailable after timeoutMs, and no statement is left pending", async () => {
    const stalled = stalledClient(true);
    const { call, reported } = handlerOver(stalled.client, "user_management", 100);
    await expectUnavailable(await call(...renameUser1("Stalled")), DEADLINE_BODY);
    await vi.waitFor(() => {
      expect(stalled.transactions.every((transaction) => transaction.settled)).toBe(true);
      expect(stalled.statements.every((statement) => statement.settled)).toBe(true);
    });
    expect(stalled.statements.length).toBeGreaterThan(0);
    expect(reported).toHaveLength(1);
    expect(isUserManagementError(reported[0], "unavailable")).toBe(true);
  });

  it("R31: a client that cannot be aborted (as PGlite) still lets the request answer 503 after timeoutMs", async () => {
    const stalled = stalledClient(false);
    const { call } = handlerOver(stalled.client, "user_management", 100);
    await expectUnavailable(await call("GET", "/session"), DEADLINE_BODY);
  });
});

describe("R31 on PGlite", () => {
  const schema = "faults";
  let db: PGlite;
  beforeAll(async () => {
    db = await createTestPGlite();
    await migrate(db, { schema });
    await loadDataset(db, createConformanceFixture(), { schema, passwordIterations: TEST_PASSWORD_ITERATIONS });
  }, PGLITE_START_TIMEOUT);
  afterAll(async () => {
    if (!db.closed) await db.close();
  });

  it("R31: every request runs under the deadline's SET LOCAL timeouts, which PGlite accepts", async () => {
    const { call } = handlerOver(db, schema, 5_000);
    expect((await call("GET", "/session")).status).toBe(200);
  });

  it("R31: a closed database answers 503 unavailable, reported, showing nothing of it", async () => {
    const { call, reported } = handlerOver(db, schema);
    expect((await call("GET", "/users/user-1")).status).toBe(200);
    await db.close();
    await expectUnavailable(await call(...renameUser1("Closed")));
    expect(reported).toHaveLength(1);
    expect(isDatabaseFault(reported[0])).toBe(true);
  });
});

describe.skipIf(!DATABASE_URL)("R31 on a PostgreSQL server", () => {
  const schema = "database_faults";
  let pool: pg.Pool;
  // Terminates sessions and holds locks from outside the handler's pool.
  let admin: pg.Pool;

  /** The tables' content: a request that failed must leave it as it was. */
  async function dump() {
    const tables = ["account", "users", "invitations", "external_users"];
    const rows = await Promise.all(tables.map((table) => admin.query(`SELECT * FROM "${schema}".${table} ORDER BY 1`)));
    return JSON.stringify(rows.map((result) => result.rows));
  }

  /**
   * The handler's pool, with a trap: the next statement matching `when` is followed by `sabotage` of
   * its session, which returns once the session is gone.
   */
  function trappedPool() {
    let trap: { when: (text: string) => boolean; sabotage: (client: pg.PoolClient) => Promise<void> } | undefined;
    const wrapped: PgPoolLike = {
      query: <Row>(text: string, params?: unknown[]) => pool.query<Row & pg.QueryResultRow>(text, params),
      connect: async () => {
        const client = await pool.connect();
        return {
          query: async <Row>(statement: string | PgNamedStatement, params?: unknown[]): Promise<SqlResult<Row>> => {
            const text = typeof statement === "string" ? statement : statement.text;
            const result =
              typeof statement === "string" ? await client.query(statement, params) : await client.query(statement);
            const armed = trap;
            if (armed?.when(text)) {
              trap = undefined;
              await armed.sabotage(client);
            }
            return result;
          },
          release: (destroy) => client.release(destroy),
          on: (event, listener) => client.on(event, listener),
          off: (event, listener) => client.off(event, listener),
        };
      },
    };
    return {
      client: pgPoolClient(wrapped),
      arm: (when: (text: string) => boolean, sabotage: (client: pg.PoolClient) => Promise<void>) => {
        trap = { when, sabotage };
      },
    };
  }

  /** Waits for a state (the session's end), never for a time. */
  const ended = (client: pg.PoolClient) => new Promise<void>((resolve) => client.once("end", () => resolve()));

  async function terminateFromOutside(client: pg.PoolClient) {
    const { rows } = await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
    const gone = ended(client);
    await admin.query("SELECT pg_terminate_backend($1)", [rows[0]?.pid]);
    await gone;
  }

  async function idleOut(client: pg.PoolClient) {
    const gone = ended(client);
    await client.query("SELECT set_config('idle_in_transaction_session_timeout', '50', true)");
    await gone;
  }

  beforeAll(async () => {
    pool = new pg.Pool({ connectionString: DATABASE_URL, max: 4 });
    admin = new pg.Pool({ connectionString: DATABASE_URL, max: 2 });
    await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await migrate(pgPoolClient(admin), { schema });
  });
  afterAll(async () => {
    await admin?.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await pool?.end();
    await admin?.end();
  });

  async function reload() {
    await loadDataset(pgPoolClient(admin), createConformanceFixture(), {
      schema,
      passwordIterations: TEST_PASSWORD_ITERATIONS,
    });
  }

  it("R31: a session terminated mid-transaction (pg_terminate_backend) answers 503; the next request succeeds", async () => {
    await reload();
    const trapped = trappedPool();
    const { call, reported } = handlerOver(trapped.client, schema);
    const before = await dump();
    trapped.arm((text) => text.startsWith("BEGIN"), terminateFromOutside);
    await expectUnavailable(await call(...renameUser1("Terminated")));
    expect(await dump()).toBe(before);
    expect(reported).toHaveLength(1);
    expect(isDatabaseFault(reported[0])).toBe(true);
    const next = await call(...renameUser1("After"));
    expect(next.status).toBe(200);
    expect(((await next.json()) as { user: { firstName: string } }).user.firstName).toBe("After");
  });

  it("R31: a session terminated after the first of two writes answers 503 and keeps neither", async () => {
    await reload();
    const trapped = trappedPool();
    const { call } = handlerOver(trapped.client, schema);
    const before = await dump();
    trapped.arm((text) => /^\s*INSERT INTO .*invitations/.test(text), terminateFromOutside);
    await expectUnavailable(await call(...inviteTwo));
    expect(await dump()).toBe(before);
    const next = await call(...inviteTwo);
    expect(next.status).toBe(200);
  });

  it("R31: a session ended by idle_in_transaction_session_timeout between statements answers 503; the next request succeeds", async () => {
    await reload();
    const trapped = trappedPool();
    const { call, reported } = handlerOver(trapped.client, schema);
    const before = await dump();
    trapped.arm((text) => text.startsWith("BEGIN"), idleOut);
    await expectUnavailable(await call(...renameUser1("Idle")));
    expect(await dump()).toBe(before);
    expect(reported).toHaveLength(1);
    expect((reported[0] as { code?: unknown }).code).toBe("25P03");
    expect((await call(...renameUser1("After"))).status).toBe(200);
  });

  it("R31: a row locked elsewhere stalls the request only until timeoutMs: 503, then it works once the lock is gone", async () => {
    await reload();
    const before = await dump();
    const holder = await admin.connect();
    try {
      await holder.query("BEGIN");
      await holder.query(`SELECT id FROM "${schema}".users WHERE id = 'user-1' FOR UPDATE`);
      const { call, reported } = handlerOver(pgPoolClient(pool), schema, 300);
      const started = Date.now();
      await expectUnavailable(await call(...renameUser1("Stalled")), "either");
      // Far below the 10 s default: the configured deadline applied.
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(reported).toHaveLength(1);
      await holder.query("COMMIT");
    } finally {
      holder.release();
    }
    expect(await dump()).toBe(before);
    const { call } = handlerOver(pgPoolClient(pool), schema);
    expect((await call(...renameUser1("Unlocked"))).status).toBe(200);
  });

  it("R31: a pool that cannot connect answers 503 unavailable", async () => {
    const nowhere = new URL(DATABASE_URL ?? "");
    nowhere.port = "1";
    const unreachable = new pg.Pool({ connectionString: nowhere.toString(), connectionTimeoutMillis: 2_000 });
    try {
      const { call, reported } = handlerOver(pgPoolClient(unreachable), schema);
      await expectUnavailable(await call("GET", "/session"));
      expect(isDatabaseFault(reported[0])).toBe(true);
    } finally {
      await unreachable.end();
    }
  });
});
