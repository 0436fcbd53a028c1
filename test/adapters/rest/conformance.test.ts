import { afterAll } from "vitest";
import { describeAdapterConformance } from "../../../src/testing";
import { fullStackHarnessFactory } from "../../server/fullStackHarness";
import { lazyTestDatabase } from "../../server/testDatabase";

// REST adapter → in-process fetch → handler → PostgreSQL store on embedded PGlite.
const database = lazyTestDatabase("pglite", "conformance");
afterAll(async () => (await database()).close());

describeAdapterConformance("REST adapter on the handler, PGlite", fullStackHarnessFactory(database));
