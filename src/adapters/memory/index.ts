/**
 * `react-user-management/adapters/memory`: the embedded default adapter and the seed generator.
 * Framework-free: runs in Node, in stories and in tests.
 */
export type { MemoryAdapter, MemoryAdapterOptions } from "./createMemoryAdapter";
export { createMemoryAdapter } from "./createMemoryAdapter";
export type { GenerateDatasetOptions } from "./generateDataset";
export { DEFAULT_SEED_PASSWORD, generateDataset, PRO_PLAN } from "./generateDataset";
export type { Latency } from "./simulation";
