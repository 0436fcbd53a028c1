import { afterAll } from "vitest";
import { describeAdapterConformance } from "../../../src/testing";
import { fullStackHarnessFactory } from "../../server/fullStackHarness";
import { lazyTestDatabase } from "../../server/testDatabase";

// The same stack with PGlite in a worker thread (`workerSqlClient`): every statement and transaction
// crosses threads, and the contract holds the same.
const database = lazyTestDatabase("pglite-worker", "conformance_worker");
afterAll(async () => (await database()).close());
describeAdapterConformance("REST adapter on the handler, PGlite in a worker thread", fullStackHarnessFactory(database));
