import { describeAdapterConformance } from "../../../src/testing";
import { BETTER_AUTH_ROLES, betterAuthHarnessFactory, memoryBackend } from "./betterAuthTestSupport";

// Better Auth reads the real clock: the suite dates the fixture from the real time, and the harness
// moves time by moving every stored date back (advanceTime). Its versions are content hashes
// (versions: "opaque"): the suite shows them to the checks as counters.
describeAdapterConformance("Better Auth adapter, memory database", betterAuthHarnessFactory(memoryBackend), {
  roles: BETTER_AUTH_ROLES,
  clock: "real",
  versions: "opaque",
});
