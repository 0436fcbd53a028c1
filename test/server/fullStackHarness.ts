import type { UserManagementDataset } from "../../src/adapter";
import { createRestAdapter } from "../../src/adapters/rest";
import { type Clock, createManualClock } from "../../src/core";
import {
  createPostgresStore,
  createUserManagementHandler,
  loadDataset,
  type PostgresStoreOptions,
  type UserManagementHandlerOptions,
} from "../../src/server";
import { type AdapterHarness, type AdapterHarnessFactory, CONFORMANCE_CLOCK_START } from "../../src/testing";
import type { TestDatabase } from "./testDatabase";

/** Cheap hashes: the tests check the rules, not PBKDF2's cost. */
export const TEST_PASSWORD_ITERATIONS = 1_000;
export const BASE_PATH = "/api/user-management";
/** How the tests' handlers know the caller: a header standing in for the host app's session. */
export const VIEWER_HEADER = "x-test-viewer";
/** R28: the account the caller's session is signed in to, beside {@link VIEWER_HEADER}; absent for one account. */
export const ACCOUNT_HEADER = "x-test-account";
/** Where the tests' host app is reached: the origin of every accept link the handler mails. */
export const PUBLIC_ORIGIN = "https://app.test";

/** A fetch that hands the request to the handler in-process: no port, same Request/Response objects. */
export function inProcessFetch(handler: (request: Request) => Promise<Response>): typeof fetch {
  return async (input, init) => handler(new Request(input, init));
}

/** A backend over `db` loaded with `dataset`, what it mailed and whom it logged out. */
export interface FullStack {
  handler: (request: Request) => Promise<Response>;
  /** Invitation id → the token of the last link mailed for it (seeded ones included). */
  tokens: Map<string, string>;
  revoked: string[];
  /** The REST adapter as `viewerId` sees it, through `fetch` (in-process by default). */
  as(viewerId: string, fetchImpl?: typeof fetch): ReturnType<typeof createRestAdapter>;
  baseUrl: string;
}

/** How a test's backend differs from the default one. */
export interface FullStackOptions {
  /** The origin requests are sent to; defaults to `http://backend.test`. */
  baseOrigin?: string;
  /** Handler options over the harness's own (`trustedOrigins`, `maxBodyBytes`…). */
  handlerOptions?: Partial<Omit<UserManagementHandlerOptions, "store" | "getViewer">>;
  /** Store options over the harness's own (`countLimit`, `timeoutMs`). */
  storeOptions?: Omit<PostgresStoreOptions, "client" | "schema">;
  /**
   * R28: load the dataset as this account beside the others (only its rows replaced), and call as
   * its users. Without it the dataset is the database's only account.
   */
  accountId?: string;
}

export async function startFullStack(
  db: TestDatabase,
  dataset: UserManagementDataset,
  // The fixture's dates are relative to this instant, not to today.
  clock: Clock = createManualClock(CONFORMANCE_CLOCK_START),
  { baseOrigin = "http://backend.test", handlerOptions = {}, storeOptions = {}, accountId }: FullStackOptions = {},
): Promise<FullStack> {
  await loadDataset(db.client, dataset, {
    schema: db.schema,
    passwordIterations: TEST_PASSWORD_ITERATIONS,
    ...(accountId === undefined ? {} : { accountId }),
  });
  const tokens = new Map(dataset.invitations.map((invitation) => [invitation.id, invitation.token]));
  const revoked: string[] = [];
  const handler = createUserManagementHandler({
    store: createPostgresStore({ ...storeOptions, client: db.client, schema: db.schema }),
    getViewer: (request) => {
      const userId = request.headers.get(VIEWER_HEADER);
      const account = request.headers.get(ACCOUNT_HEADER);
      return account === null || userId === null ? userId : { accountId: account, userId };
    },
    sendInvitation: (invitation, link) => {
      tokens.set(invitation.id, new URL(link).searchParams.get("token") ?? "");
    },
    onAccessRevoked: (userId) => {
      revoked.push(userId);
    },
    clock,
    basePath: BASE_PATH,
    // Accept links come from configuration, never from the request's host (backend.test).
    publicOrigin: PUBLIC_ORIGIN,
    passwordIterations: TEST_PASSWORD_ITERATIONS,
    ...handlerOptions,
  });
  const baseUrl = `${baseOrigin}${BASE_PATH}`;
  return {
    handler,
    tokens,
    revoked,
    baseUrl,
    as: (viewerId, fetchImpl = inProcessFetch(handler)) =>
      createRestAdapter({
        baseUrl,
        fetch: fetchImpl,
        headers: { [VIEWER_HEADER]: viewerId, ...(accountId === undefined ? {} : { [ACCOUNT_HEADER]: accountId }) },
      }),
  };
}

/** The conformance harness: REST adapter → handler → PostgreSQL store, on the file's database. */
export function fullStackHarnessFactory(database: () => Promise<TestDatabase>): AdapterHarnessFactory {
  return async (fixture, clock): Promise<AdapterHarness> => {
    const db = await database();
    const stack = await startFullStack(db, fixture, clock);
    return {
      as: (viewerId) => stack.as(viewerId),
      // Only while the invitation exists: a cancelled or accepted one has no current link.
      invitationToken: async (id) => {
        const { rows } = await db.client.query(`SELECT 1 FROM "${db.schema}".invitations WHERE id = $1`, [id]);
        return rows.length > 0 ? stack.tokens.get(id) : undefined;
      },
    };
  };
}
