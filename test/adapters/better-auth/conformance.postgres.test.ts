import { afterAll, describe, it } from "vitest";
import { describeAdapterConformance } from "../../../src/testing";
import {
  BETTER_AUTH_ROLES,
  betterAuthHarnessFactory,
  DATABASE_URL,
  lazyPostgresBackend,
} from "./betterAuthTestSupport";

// The same suite on Better Auth over a real PostgreSQL server (its own migrations, one schema per
// run, dropped at the end): .ci/run starts one and sets DATABASE_URL.
if (DATABASE_URL) {
  const database = lazyPostgresBackend("conformance_better_auth");
  afterAll(() => database.close());
  describeAdapterConformance(
    "Better Auth adapter, PostgreSQL",
    betterAuthHarnessFactory((org) => database.backend(org)),
    { roles: BETTER_AUTH_ROLES, clock: "real", versions: "opaque" },
  );
} else {
  describe("Better Auth adapter, PostgreSQL", () => {
    it.skip("needs DATABASE_URL (set by .ci/run)", () => {});
  });
}
