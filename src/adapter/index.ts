export type * from "./contract";
export { getAdapterCapabilities } from "./contract";
