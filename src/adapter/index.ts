export type * from "./contract";
export { getAdapterCapabilities } from "./contract";
export type * from "./dataset";
