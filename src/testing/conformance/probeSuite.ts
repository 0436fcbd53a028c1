import {
  type CapabilitiesResult,
  getAdapterBehaviours,
  getAdapterCapabilities,
  NO_CAPABILITIES,
} from "../../adapter/contract";
import { createManualClock } from "../../core/clock";
import type { AdapterHarnessFactory, ConformanceOptions } from "../adapterHarness";
import { CONFORMANCE_CLOCK_START, createConformanceFixture } from "../conformanceFixture";
import type { ConformanceSuite } from "./conformanceSuite";
import { fixtureAsLoaded, inBackendRoles } from "./fixtureAsLoaded";
import { ADMIN } from "./fixtureIds";
import { realStart } from "./suiteTime";

/**
 * Loads a fixture every backend can hold (no suspended or external users, only the roles the backend
 * has) once, while the suite is collected, and reads what the adapter has and declares.
 */
export async function probeSuite(
  name: string,
  harnessFactory: AdapterHarnessFactory,
  options: ConformanceOptions,
): Promise<ConformanceSuite> {
  const roles = options.roles ?? {};
  const clock = options.clock ?? "manual";
  const start = clock === "real" ? realStart() : CONFORMANCE_CLOCK_START;
  const { fixture } = fixtureAsLoaded(
    createConformanceFixture("standard", start),
    // Assumed while probing, so that the probe's fixture is one any backend can load.
    { capabilities: NO_CAPABILITIES, roles },
    start,
  );
  const probe = await harnessFactory(inBackendRoles(fixture, roles), createManualClock(start));
  try {
    const adapter = probe.as(ADMIN);
    const declared: CapabilitiesResult = adapter.getCapabilities ? await adapter.getCapabilities({}) : {};
    return {
      name,
      harnessFactory,
      roles,
      clock,
      versions: options.versions ?? "counter",
      capabilities: getAdapterCapabilities(adapter, declared),
      behaviours: getAdapterBehaviours(declared),
    };
  } finally {
    await probe.teardown?.();
  }
}
