/**
 * The account both pages of `npm run bench:browser` show: `generateDataset` with the size and seed
 * the script puts in the page's address (`?size=100000&seed=11`), dated from a fixed "now" so that
 * both pages hold the very same users. It marks `bench:generated`; `markDataReady()` marks
 * `bench:data-ready`, once the page's data source is made: the start of "data ready → first row".
 */
import { generateDataset } from "../../../src/adapters/memory";

/** The "today" of the generated account (the stories' own). */
export const BENCH_NOW = "2026-01-15T09:00:00.000Z";

export function benchDataset() {
  const params = new URLSearchParams(window.location.search);
  const size = Number(params.get("size") ?? 100_000);
  const seed = Number(params.get("seed") ?? 11);
  const dataset = generateDataset({ size, seed, now: BENCH_NOW });
  performance.mark("bench:generated");
  return dataset;
}

/** The moment the data is generated and the page's data source made: the script reads this mark. */
export function markDataReady() {
  performance.mark("bench:data-ready");
}
