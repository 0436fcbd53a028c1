import type { AdapterBehaviours, AdapterCapabilities } from "../../adapter/contract";
import type { AdapterHarnessFactory } from "../adapterHarness";

/** One run of the suite: the backend under test, what it declared and how it is driven. */
export interface ConformanceSuite {
  /** The name given to `describeAdapterConformance`. */
  readonly name: string;
  readonly harnessFactory: AdapterHarnessFactory;
  /** `ConformanceOptions.roles`, `{}` when not given. */
  readonly roles: Readonly<Record<string, string | null>>;
  /** `ConformanceOptions.clock`, `manual` when not given. */
  readonly clock: "manual" | "real";
  /** `ConformanceOptions.versions`, `counter` when not given. */
  readonly versions: "counter" | "opaque";
  /** What the adapter has and declares (`getAdapterCapabilities`). */
  readonly capabilities: AdapterCapabilities;
  /** What the adapter declares (`getAdapterBehaviours`). */
  readonly behaviours: AdapterBehaviours;
}
