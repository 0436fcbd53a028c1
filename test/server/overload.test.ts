import { afterAll, describe, expect, it } from "vitest";
import type { UserManagementAdapter } from "../../src/adapter";
import { isRetryableError, isUserManagementError } from "../../src/core";
import {
  createPostgresStore,
  createUserManagementHandler,
  type PgPoolLike,
  pgPoolClient,
  type SqlClient,
  type UserManagementStore,
} from "../../src/server";
import { createConformanceFixture } from "../../src/testing";
import { startAdapterStack } from "./adapterHandlerHarness";
import { BASE_PATH, startFullStack, VIEWER_HEADER } from "./fullStackHarness";
import { CLIENT_KINDS, DATABASE_TITLES, lazyTestDatabase, PGLITE_START_TIMEOUT } from "./testDatabase";

/*
 * R31: a handler takes on at most `maxConcurrentRequests` requests at once and lets at most
 * `maxQueuedRequests` wait; any more are answered at once with 503 `unavailable` and `Retry-After`,
 * run nothing, and the handler serves again as soon as the running ones end.
 */

/** A gate that holds every call until `open()`, counting the calls that reached it. */
function gate() {
  let open: () => void = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  const state = { reached: 0, open, pass: async () => {} };
  state.pass = async () => {
    state.reached += 1;
    await opened;
  };
  return state;
}

const PENDING = "pending";
const pause = (ms: number) => new Promise<typeof PENDING>((resolve) => setTimeout(() => resolve(PENDING), ms));

/** Waits until `condition` holds: a state, however long a busy machine takes (the test's timeout guards a hang). */
async function until(condition: () => boolean) {
  while (!condition()) await pause(5);
}

/**
 * Which of `calls` have answered (their answer, or "pending") once `count` of them have and `ready()`
 * holds (the admitted ones are all held at the gate, so no other can answer yet). States, not a
 * deadline: a loaded machine only takes longer.
 */
async function answeredOnceHeld<T>(calls: Promise<T>[], count: number, ready: () => boolean) {
  const answers: (T | typeof PENDING)[] = calls.map(() => PENDING);
  let answered = 0;
  calls.forEach((call, index) => {
    void call.then(
      (answer) => {
        answers[index] = answer;
        answered += 1;
      },
      () => {
        answered += 1;
      },
    );
  });
  await until(() => answered >= count && ready());
  return [...answers];
}

async function expectOverloaded(response: Response | typeof PENDING, retryAfter = "1") {
  expect(response).toBeInstanceOf(Response);
  const answer = response as Response;
  expect(answer.status).toBe(503);
  expect(answer.headers.get("retry-after")).toBe(retryAfter);
  const body = (await answer.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe("unavailable");
  expect(body.error.message).toMatch(/too many requests at once; nothing was changed\. Try again in/);
}

const inviteRequest = (email: string, init: RequestInit = {}) =>
  new Request(`http://backend.test${BASE_PATH}/invitations`, {
    method: "POST",
    headers: { [VIEWER_HEADER]: "admin-1", "content-type": "application/json" },
    body: JSON.stringify({ invitees: [{ email }], roleId: "user" }),
    ...init,
  });

const listRequest = (init: RequestInit = {}) =>
  new Request(`http://backend.test${BASE_PATH}/users`, { headers: { [VIEWER_HEADER]: "admin-1" }, ...init });

const emailsOf = (count: number, prefix: string) =>
  Array.from({ length: count }, (_, index) => `${prefix}-${index}@example.com`);

for (const kind of CLIENT_KINDS) {
  describe(`createUserManagementHandler under overload on ${DATABASE_TITLES[kind]}`, {
    timeout: PGLITE_START_TIMEOUT,
  }, () => {
    const database = lazyTestDatabase(kind, "rum_overload");
    afterAll(async () => (await database()).close());

    it("R31: of N+2 concurrent invitations, exactly the 2 past the running and queued ones are 503 with Retry-After at once; they store nothing, the others complete, the handler serves on", async () => {
      const db = await database();
      const held = gate();
      // The store's transactions wait for the gate before reaching the database.
      const client: SqlClient = {
        query: (text, params) => db.client.query(text, params),
        transaction: async (work, options) => {
          await held.pass();
          return db.client.transaction(work, options);
        },
      };
      const stack = await startFullStack(db, createConformanceFixture(), undefined, {
        handlerOptions: { maxConcurrentRequests: 2, maxQueuedRequests: 1 },
      });
      const handler = createUserManagementHandler({
        store: createPostgresStore({ client, schema: db.schema }),
        getViewer: (request) => request.headers.get(VIEWER_HEADER),
        sendInvitation: () => {},
        onAccessRevoked: () => {},
        publicOrigin: "https://app.test",
        passwordIterations: 1_000,
        basePath: BASE_PATH,
        maxConcurrentRequests: 2,
        maxQueuedRequests: 1,
      });
      const emails = emailsOf(5, "overload");
      const responses = emails.map((email) => handler(inviteRequest(email)));

      // Two run (held at the store), one waits, two are refused without waiting for anything.
      const early = await answeredOnceHeld(responses, 2, () => held.reached === 2);
      const refused = early.flatMap((response, index) => (response === PENDING ? [] : [index]));
      expect(refused).toHaveLength(2);
      for (const index of refused) await expectOverloaded(early[index] as Response);
      expect(held.reached).toBe(2);

      held.open();
      const answers = await Promise.all(responses);
      const served = answers.flatMap((response, index) => (refused.includes(index) ? [] : [response]));
      expect(served.map((response) => response.status)).toEqual([200, 200, 200]);
      expect(held.reached).toBe(3);

      // Nothing of the refused requests was stored; every admitted one was.
      const { rows } = await db.client.query<{ email: string }>(
        `SELECT email FROM "${db.schema}".invitations WHERE email LIKE 'overload-%'`,
      );
      const storedEmails = rows.map((row) => row.email).sort();
      expect(storedEmails).toEqual(emails.filter((_, index) => !refused.includes(index)).sort());

      // Released: it serves again at once, up to its limits.
      const after = await Promise.all([handler(listRequest()), handler(listRequest()), handler(listRequest())]);
      expect(after.map((response) => response.status)).toEqual([200, 200, 200]);
      // The stack with the same limits but an unheld store serves the same burst in full.
      const unheld = await Promise.all(emailsOf(3, "unheld").map((email) => stack.handler(inviteRequest(email))));
      expect(unheld.map((response) => response.status)).toEqual([200, 200, 200]);
    });
  });
}

/** A store whose transactions wait for `held`, and never touch a database. */
function heldStore(held: ReturnType<typeof gate>, maxConcurrentTransactions?: number): UserManagementStore {
  return {
    ...(maxConcurrentTransactions === undefined ? {} : { maxConcurrentTransactions }),
    transaction: async () => {
      await held.pass();
      throw new Error("the test's store stores nothing");
    },
  };
}

const storeHandler = (store: UserManagementStore, options: Record<string, number> = {}) =>
  createUserManagementHandler({
    store,
    getViewer: (request) => request.headers.get(VIEWER_HEADER),
    sendInvitation: () => {},
    onAccessRevoked: () => {},
    onError: () => {},
    publicOrigin: "https://app.test",
    basePath: BASE_PATH,
    ...options,
  });

describe("the limits' defaults", () => {
  it("R31: pgPoolClient tells the store its pool's size (pg's 10 when unset), and the handler runs that many, queues ten times as many, refuses the rest", async () => {
    const pool = (max?: number): PgPoolLike => ({
      query: async () => ({ rows: [] }),
      connect: async () => {
        throw new Error("not reached");
      },
      ...(max === undefined ? {} : { options: { max } }),
    });
    expect(pgPoolClient(pool(4)).maxConnections).toBe(4);
    expect(pgPoolClient(pool()).maxConnections).toBe(10);
    expect(createPostgresStore({ client: pgPoolClient(pool(4)) }).maxConcurrentTransactions).toBe(4);

    const held = gate();
    const handler = storeHandler(heldStore(held, 3));
    const responses = Array.from({ length: 3 + 30 + 1 }, () => handler(listRequest()));
    const early = await answeredOnceHeld(responses, 1, () => held.reached === 3);
    expect(early.filter((response) => response !== PENDING)).toHaveLength(1);
    await expectOverloaded(early.find((response) => response !== PENDING) ?? PENDING);
    expect(held.reached).toBe(3);
    held.open();
    await Promise.all(responses);
    expect(held.reached).toBe(33);
  });

  it("R31: a store that does not say runs 10 at once and queues 100; retryAfterSeconds sets the header", async () => {
    const held = gate();
    const handler = storeHandler(heldStore(held), { retryAfterSeconds: 7 });
    const responses = Array.from({ length: 10 + 100 + 2 }, () => handler(listRequest()));
    const early = await answeredOnceHeld(responses, 2, () => held.reached === 10);
    const refused = early.filter((response) => response !== PENDING);
    expect(refused).toHaveLength(2);
    for (const response of refused) await expectOverloaded(response, "7");
    expect(held.reached).toBe(10);
    held.open();
    await Promise.all(responses);
  });

  it("R31: refuses limits that are not whole numbers at creation", () => {
    const store = heldStore(gate());
    expect(() => storeHandler(store, { maxConcurrentRequests: 0 })).toThrow(
      /maxConcurrentRequests must be a whole number from 1, got 0/,
    );
    expect(() => storeHandler(store, { maxQueuedRequests: -1 })).toThrow(
      /maxQueuedRequests must be a whole number from 0/,
    );
    expect(() => storeHandler(store, { retryAfterSeconds: 0.5 })).toThrow(/retryAfterSeconds/);
    expect(() => storeHandler(store, { maxQueuedRequests: 0 })).not.toThrow();
  });

  it("R31: a caller who gives up while queued leaves the queue and frees its place", async () => {
    const held = gate();
    const handler = storeHandler(heldStore(held), { maxConcurrentRequests: 1, maxQueuedRequests: 1 });
    const running = handler(listRequest());
    const giveUp = new AbortController();
    const queued = handler(listRequest({ signal: giveUp.signal }));
    await until(() => held.reached === 1);
    giveUp.abort();
    const cancelled = await queued;
    expect(cancelled.status).toBe(503);
    expect(cancelled.headers.get("retry-after")).toBeNull();
    // Its place is free: the next one waits rather than being refused.
    const next = handler(listRequest());
    expect(await Promise.race([next, pause(100)])).toBe(PENDING);
    held.open();
    await Promise.all([running, next]);
    expect(held.reached).toBe(2);
  });

  it("R31: guards answer as before, without taking a place (a 415 while every place is taken)", async () => {
    const held = gate();
    const handler = storeHandler(heldStore(held), { maxConcurrentRequests: 1, maxQueuedRequests: 0 });
    const running = handler(listRequest());
    await until(() => held.reached === 1);
    const notJson = await handler(inviteRequest("x@example.com", { headers: { [VIEWER_HEADER]: "admin-1" } }));
    expect(notJson.status).toBe(415);
    held.open();
    await running;
  });
});

describe("createAdapterHandler under overload", () => {
  it("R31: past maxConcurrentRequests + maxQueuedRequests the adapter is not called: 503 with Retry-After, which the REST adapter reports as retryAfterMs; after release it serves on", async () => {
    const held = gate();
    const stack = startAdapterStack(createConformanceFixture(), {
      handlerOptions: { maxConcurrentRequests: 2, maxQueuedRequests: 1, retryAfterSeconds: 2 },
      wrap: (adapter): UserManagementAdapter => ({
        ...adapter,
        inviteUsers: async (params) => {
          await held.pass();
          return adapter.inviteUsers(params);
        },
      }),
    });
    const emails = emailsOf(4, "adapter-overload");
    const calls = emails.map((email) =>
      stack
        .as("admin-1")
        .inviteUsers({ invitees: [{ email }], roleId: "user" })
        .then(
          () => "ok",
          (error: unknown) => error,
        ),
    );
    const early = await answeredOnceHeld(calls, 1, () => held.reached === 2);
    const refusedIndex = early.findIndex((outcome) => outcome !== PENDING);
    expect(early.filter((outcome) => outcome !== PENDING)).toHaveLength(1);
    const refused = early[refusedIndex];
    expect(isUserManagementError(refused, "unavailable")).toBe(true);
    expect((refused as { retryAfterMs?: number }).retryAfterMs).toBe(2_000);
    expect((refused as Error).message).toMatch(/Try again in 2 seconds/);
    expect(isRetryableError(refused)).toBe(true);
    expect(held.reached).toBe(2);

    held.open();
    const outcomes = await Promise.all(calls);
    expect(outcomes.filter((outcome) => outcome === "ok")).toHaveLength(3);
    const { invitations } = await stack.as("admin-1").listInvitations({ page: 1, pageSize: 100 });
    const invited = invitations
      .map((invitation) => invitation.email)
      .filter((email) => email.startsWith("adapter-overload"));
    expect(invited.sort()).toEqual(emails.filter((_, index) => index !== refusedIndex).sort());
    // Serves again at once.
    await expect(stack.as("admin-1").listUsers({ page: 1, pageSize: 10 })).resolves.toHaveProperty("total");
  });
});
