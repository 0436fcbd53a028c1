/**
 * `react-user-management/adapters/rest`: the adapter for a backend that speaks the library's HTTP
 * contract (see `react-user-management/openapi.json` and `react-user-management/server`).
 */
export type { RestAdapterOptions } from "./createRestAdapter";
export { createRestAdapter } from "./createRestAdapter";
export type { HeadersOption } from "./restClient";
