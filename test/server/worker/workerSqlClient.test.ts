import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isDatabaseFault, type WorkerSqlClient } from "../../../src/server";
import { PGLITE_START_TIMEOUT } from "../testDatabase";
import { startPGliteWorker } from "./startPGliteWorker";

/*
 * R31: PGlite served from a worker thread (`serveSqlClient`) to the request thread (`workerSqlClient`):
 * the same statements, rows, errors and transactions as PGlite in the request thread, with the
 * request thread's event loop free while the database works.
 */

/** A promise and its resolver: a step the test lets a transaction take. */
function gate() {
  let open: () => void = () => {};
  const passed = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, passed };
}

/** Whether `promise` has settled by the time the event loop has turned once more. */
async function settledWithinATurn(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  promise.then(
    () => {
      settled = true;
    },
    () => {
      settled = true;
    },
  );
  await new Promise((resolve) => setImmediate(resolve));
  return settled;
}

describe("workerSqlClient over serveSqlClient (PGlite in a worker thread)", { timeout: PGLITE_START_TIMEOUT }, () => {
  let client: WorkerSqlClient;

  beforeAll(async () => {
    client = startPGliteWorker().client;
    await client.query("CREATE TABLE notes (id int PRIMARY KEY, body text NOT NULL, tags text[], at timestamptz)");
  }, PGLITE_START_TIMEOUT);
  afterAll(() => client.close());

  it("R30: runs statements with parameters and returns rows with dates, arrays, nulls and booleans intact", async () => {
    const at = new Date("2026-12-03T06:00:00.000Z");
    await client.query("INSERT INTO notes VALUES ($1, $2, $3, $4)", [1, "first", ["a", "b"], at]);
    const { rows } = await client.query<{
      id: number;
      body: string;
      tags: string[];
      at: Date;
      missing: null;
      ok: boolean;
    }>("SELECT id, body, tags, at, NULL AS missing, true AS ok FROM notes WHERE id = $1", [1]);
    expect(rows).toEqual([{ id: 1, body: "first", tags: ["a", "b"], at, missing: null, ok: true }]);
    expect(rows[0]?.at).toBeInstanceOf(Date);
  });

  it("R31: errors keep PostgreSQL's SQLSTATE, constraint and message, as the store reads them", async () => {
    await client.query("INSERT INTO notes (id, body) VALUES (2, 'x') ON CONFLICT DO NOTHING");
    const duplicate = await client.query("INSERT INTO notes (id, body) VALUES (2, 'again')").catch((error) => error);
    expect(duplicate).toBeInstanceOf(Error);
    expect(duplicate).toMatchObject({ code: "23505", constraint: "notes_pkey" });
    expect(duplicate.message).toMatch(/duplicate key/);
    const syntax = await client.query("SELEC 1").catch((error) => error);
    expect(syntax).toMatchObject({ code: "42601" });
    expect(isDatabaseFault(syntax)).toBe(false);
  });

  it("R31: a parameter that cannot cross threads fails its statement clearly; the client serves on", async () => {
    const error = await client.query("SELECT $1::text", [() => "not data"]).catch((thrown) => thrown);
    expect(error).toMatchObject({ name: "DataCloneError" });
    await expect(
      client.transaction(async (tx) => {
        await tx.query("INSERT INTO notes (id, body) VALUES (50, 'lost')");
        await tx.query("SELECT $1::text", [Symbol("not data")]);
      }),
    ).rejects.toMatchObject({ name: "DataCloneError" });
    const { rows } = await client.query("SELECT id FROM notes WHERE id = 50");
    expect(rows).toEqual([]);
  });

  it("R30: commits a transaction's statements when its work resolves, and rolls all of them back when it throws", async () => {
    await client.transaction(async (tx) => {
      await tx.query("INSERT INTO notes (id, body) VALUES (10, 'kept')");
      await tx.query("INSERT INTO notes (id, body) VALUES (11, 'kept too')");
    });
    const failure = new Error("the work failed");
    await expect(
      client.transaction(async (tx) => {
        await tx.query("INSERT INTO notes (id, body) VALUES (12, 'lost')");
        throw failure;
      }),
    ).rejects.toBe(failure);
    await expect(
      client.transaction(async (tx) => {
        await tx.query("INSERT INTO notes (id, body) VALUES (13, 'lost')");
        await tx.query("INSERT INTO notes (id, body) VALUES (10, 'duplicate')");
      }),
    ).rejects.toMatchObject({ code: "23505" });
    const { rows } = await client.query<{ id: number }>("SELECT id FROM notes WHERE id >= 10 ORDER BY id");
    expect(rows.map((row) => row.id)).toEqual([10, 11]);
  });

  it("R25: concurrent transactions take turns: the second's statements run only after the first has committed", async () => {
    const inFirst = gate();
    const inserted = gate();
    const first = client.transaction(async (tx) => {
      await tx.query("INSERT INTO notes (id, body) VALUES (20, 'first')");
      inserted.open();
      await inFirst.passed;
      await tx.query("UPDATE notes SET body = 'first, done' WHERE id = 20");
    });
    const counted = client.transaction(async (tx) => {
      const { rows } = await tx.query<{ body: string }>("SELECT body FROM notes WHERE id = 20");
      return rows.map((row) => row.body);
    });
    // The first holds its turn until the gate opens; the second's statement waits for it, in the worker.
    await inserted.passed;
    expect(await settledWithinATurn(counted)).toBe(false);
    inFirst.open();
    await first;
    // Run before the first, it would have found nothing; within it, 'first'.
    expect(await counted).toEqual(["first, done"]);
  });

  it("R31: a transaction's settings hold for that transaction only", async () => {
    const inside = await client.transaction(
      async (tx) => (await tx.query<{ value: string }>("SELECT current_setting('statement_timeout') AS value")).rows,
      { settings: { statement_timeout: "1234" } },
    );
    expect(inside).toEqual([{ value: "1234ms" }]);
    const after = await client.query<{ value: string }>("SELECT current_setting('statement_timeout') AS value");
    expect(after.rows).toEqual([{ value: "0" }]);
  });

  it("R31: a transaction past its deadline while waiting for its turn fails at once with the deadline's reason, and never runs", async () => {
    const inFirst = gate();
    const first = client.transaction(async (tx) => {
      await inFirst.passed;
      await tx.query("INSERT INTO notes (id, body) VALUES (30, 'first')");
    });
    const deadline = new AbortController();
    let statement: Promise<unknown> = Promise.resolve();
    const late = client.transaction(
      async (tx) => {
        statement = tx.query("INSERT INTO notes (id, body) VALUES (31, 'late')");
        await statement;
      },
      { signal: deadline.signal },
    );
    const reason = new Error("deadline passed");
    deadline.abort(reason);
    await expect(late).rejects.toBe(reason);
    inFirst.open();
    await first;
    // The statement it had sent, still waiting for its turn, is told plainly that it never ran.
    await expect(statement).rejects.toThrow(/^Transaction \d+ has ended\.$/);
    // The worker serves on, and the late transaction's statement never ran.
    const { rows } = await client.query<{ id: number }>("SELECT id FROM notes WHERE id IN (30, 31) ORDER BY id");
    expect(rows.map((row) => row.id)).toEqual([30]);
  });

  it("R31: a transaction past its deadline while a statement runs fails at once, and is rolled back when the statement ends", async () => {
    const deadline = new AbortController();
    const reason = new Error("deadline passed");
    const running = client.transaction(
      async (tx) => {
        await tx.query("INSERT INTO notes (id, body) VALUES (40, 'rolled back')");
        const sleeping = tx.query("SELECT pg_sleep(0.3)");
        deadline.abort(reason);
        await sleeping;
      },
      { signal: deadline.signal },
    );
    await expect(running).rejects.toBe(reason);
    const { rows } = await client.query("SELECT id FROM notes WHERE id = 40");
    expect(rows).toEqual([]);
  });
});

describe("workerSqlClient when its worker is gone", { timeout: PGLITE_START_TIMEOUT }, () => {
  it("R31: the request thread's event loop turns while a statement runs; a stopped worker fails the statement in flight and every later one as a database fault (503), at once", async () => {
    const { worker, client } = startPGliteWorker();
    await client.query("SELECT 1");
    // A minute's statement, ended by stopping its worker: PGlite in the request thread would hold
    // the thread for all of it, and nothing else would run.
    const inFlight = client.query("SELECT pg_sleep(60)");
    expect(await settledWithinATurn(inFlight)).toBe(false);
    await worker.terminate();
    const error = await inFlight.catch((thrown) => thrown);
    expect(error).toMatchObject({ code: "08006", message: expect.stringMatching(/database worker is gone/) });
    expect(isDatabaseFault(error)).toBe(true);
    await expect(client.query("SELECT 1")).rejects.toMatchObject({ code: "08006" });
    await expect(client.transaction(async () => "never")).rejects.toMatchObject({ code: "08006" });
  });

  it("R31: close() closes the database and stops the worker; later statements fail clearly", async () => {
    const { worker, client } = startPGliteWorker();
    await client.query("SELECT 1");
    const exited = new Promise<number>((resolve) => worker.once("exit", resolve));
    await client.close();
    await exited;
    await expect(client.query("SELECT 1")).rejects.toThrow(/database worker is gone: it was closed/);
  });
});
