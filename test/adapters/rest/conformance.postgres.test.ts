import { afterAll, describe, it } from "vitest";
import { describeAdapterConformance } from "../../../src/testing";
import { fullStackHarnessFactory } from "../../server/fullStackHarness";
import { DATABASE_URL, lazyTestDatabase } from "../../server/testDatabase";

// The same stack on a real PostgreSQL server: .ci/run starts one and sets DATABASE_URL.
if (DATABASE_URL) {
  const database = lazyTestDatabase("postgres", "conformance_rest");
  afterAll(async () => (await database()).close());
  describeAdapterConformance("REST adapter on the handler, PostgreSQL server", fullStackHarnessFactory(database));
} else {
  describe("REST adapter on the handler, PostgreSQL server", () => {
    it.skip("needs DATABASE_URL (set by .ci/run)", () => {});
  });
}
