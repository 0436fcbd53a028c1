export type * from "./contract";
export { DEFAULT_ADAPTER_BEHAVIOURS, getAdapterBehaviours, getAdapterCapabilities } from "./contract";
export type * from "./dataset";
