import { describeAdapterConformance } from "../../src/testing";
import { adapterHandlerHarnessFactory } from "./adapterHandlerHarness";

// The REST adapter → in-process fetch → createAdapterHandler → the memory adapter: a server-side
// adapter served over the HTTP contract passes every check the adapter itself passes.
describeAdapterConformance(
  "REST adapter on createAdapterHandler over the memory adapter",
  adapterHandlerHarnessFactory,
);
