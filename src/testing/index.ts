/**
 * `react-user-management/testing`: tools for testing an adapter or code that uses one. Needs Vitest
 * (an optional peer dependency); never imports React or the memory adapter, so any adapter author
 * can run the conformance suite against their own backend.
 */
export type { AdapterHarness, AdapterHarnessFactory, ConformanceOptions } from "./adapterHarness";
export type {
  CheckRequirements,
  ConformanceCheck,
  ConformanceRequirementRow,
  ConformanceSwitch,
} from "./conformance/checkRegistry";
export { conformanceRequirementTable, getConformanceChecks } from "./conformance/checkRegistry";
export type { ConformanceFixtureVariant } from "./conformanceFixture";
export { CONFORMANCE_CLOCK_START, createConformanceFixture } from "./conformanceFixture";
export { createTestAdapter } from "./createTestAdapter";
export { describeAdapterConformance } from "./describeAdapterConformance";
