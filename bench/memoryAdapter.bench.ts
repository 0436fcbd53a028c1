/**
 * `npm run bench:adapter`: how fast the memory adapter builds and answers a 100,000-user account (R1),
 * and how much heap it keeps beside the raw data (issue 11).
 * Prints medians over repeated runs as wall / CPU milliseconds: on a shared, busy machine the
 * process's CPU time moves far less than the wall clock. Figures, not pass/fail.
 */

import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import type { ListUsersParams, UserSort } from "../src/adapter";
import { createMemoryAdapter, generateDataset } from "../src/adapters/memory";

const SIZE = 100_000;
const BUILD_RUNS = 5;
const QUERY_RUNS = 31;

// `--expose-gc` without changing the npm script: a fresh context sees the flag.
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

interface Timing {
  wall: number;
  cpu: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function time(run: () => unknown): Promise<Timing> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  await run();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

function medians(timings: Timing[], digits = 1): string {
  const wall = median(timings.map((timing) => timing.wall)).toFixed(digits);
  const cpu = median(timings.map((timing) => timing.cpu)).toFixed(digits);
  return `${wall.padStart(8)} / ${cpu.padStart(8)}`;
}

/** Lets background work (an index built in slices) run to its end, as an idle page would. */
async function settle(): Promise<void> {
  for (let i = 0; i < 300; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

/** JS heap and typed arrays' buffers (held outside the heap), after GC, in MiB. */
function memoryMiB(): { heap: number; buffers: number } {
  gc();
  gc();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return { heap: heapUsed / 2 ** 20, buffers: arrayBuffers / 2 ** 20 };
}

const line = (label: string, figures: string, note = "") => console.log(`  ${label.padEnd(48)} ${figures}  ${note}`);
const page1 = { page: 1, pageSize: 50 };

console.log(`memory adapter, ${SIZE.toLocaleString("en")} users (median of runs, wall / CPU ms)`);

// Building = adapter creation + the first page; the first search right after it (nothing settled
// in between: what typing at once costs) and after background work settled.
const generations: Timing[] = [];
const builds: Timing[] = [];
const firstSearches: Timing[] = [];
const settledSearches: Timing[] = [];
for (let i = 0; i < BUILD_RUNS; i++) {
  let dataset = generateDataset({ size: SIZE, seed: 7 });
  generations.push(await time(() => (dataset = generateDataset({ size: SIZE, seed: 7 }))));
  let fresh = createMemoryAdapter({ dataset });
  await settle();
  builds.push(
    await time(() => {
      fresh = createMemoryAdapter({ dataset });
      return fresh.listUsers(page1);
    }),
  );
  firstSearches.push(await time(() => fresh.listUsers({ ...page1, search: "lovelace" })));
  const other = createMemoryAdapter({ dataset });
  await other.listUsers(page1);
  await settle();
  settledSearches.push(await time(() => other.listUsers({ ...page1, search: "lovelace" })));
}
line("generate dataset", medians(generations), `(${BUILD_RUNS} runs)`);
line("create adapter + first page", medians(builds), `(${BUILD_RUNS} runs)`);
line("first search, typed at once after first page", medians(firstSearches), `(${BUILD_RUNS} runs)`);
line("first search, background work settled", medians(settledSearches), `(${BUILD_RUNS} runs)`);

// Heap: the raw data alone, then what the adapter adds at each step of a session.
await settle();
const empty = memoryMiB();
const dataset = generateDataset({ size: SIZE, seed: 7 });
// The generator joins strings lazily (V8 cons strings); the first read of each flattens it and
// frees ~10 MiB, which would show as the adapter saving memory. Flattened first, as data parsed
// from JSON would be.
const FLATTEN = /^/;
for (const user of dataset.users)
  for (const value of Object.values(user)) if (typeof value === "string") FLATTEN.test(value);
const raw = memoryMiB();
const datasetHeap = raw.heap - empty.heap;
console.log(`heap used after GC (MiB): dataset alone ${datasetHeap.toFixed(1)}; the adapter adds (heap / buffers):`);
const adapter = createMemoryAdapter({ dataset });
const heapLine = (label: string) => {
  const { heap, buffers } = memoryMiB();
  line(label, `${(heap - raw.heap).toFixed(1).padStart(8)} / ${(buffers - raw.buffers).toFixed(1).padStart(8)}`);
};
heapLine("created");
await adapter.listUsers(page1);
heapLine("after first page");
await adapter.listUsers({ ...page1, search: "lovelace" });
heapLine("after first search");
await settle();
heapLine("after first search, settled");

const SORTED_BY = "name asc, email desc, lastLoginAt desc, createdAt asc, role asc, status desc";
const sorts = SORTED_BY.split(", ").map((text): UserSort => {
  const [field, direction] = text.split(" ") as [UserSort["field"], UserSort["direction"]];
  return { field, direction };
});
for (const sort of sorts) await adapter.listUsers({ ...page1, sort });
await settle();
heapLine("after a page in each of the 6 sort orders");

// What people type: pieces of real names and emails, 2 to 8 characters, in any script.
const searches = Array.from({ length: 64 }, (_, i) => {
  const user = dataset.users[(i * 7919) % SIZE];
  const text = i % 2 === 0 ? `${user?.firstName} ${user?.lastName}` : (user?.email ?? "");
  const start = (i * 3) % Math.max(1, text.length - 2);
  return text.slice(start, start + 2 + (i % 7));
});

// The first page of each sort order on a fresh, settled adapter: what a column's first click costs.
console.log("first page of a sort order on a fresh adapter (builds what that order needs)");
for (const sort of sorts) {
  const runs: Timing[] = [];
  for (let i = 0; i < BUILD_RUNS; i++) {
    const fresh = createMemoryAdapter({ dataset });
    await fresh.listUsers(page1);
    await settle();
    runs.push(await time(() => fresh.listUsers({ ...page1, sort })));
  }
  line(`${sort.field} ${sort.direction}`, medians(runs), `(${BUILD_RUNS} runs)`);
}

// The baseline the index replaces: test every user and sort the matches, per call.
function scanAndSort(p: ListUsersParams) {
  const needle = (p.search ?? "").toLowerCase();
  const field = p.sort?.field ?? "name";
  const key = (u: (typeof dataset.users)[number]) =>
    field === "name" ? `${u.firstName} ${u.lastName}`.toLowerCase() : String(u[field as "email"] ?? "").toLowerCase();
  const matches = dataset.users.filter(
    (u) =>
      (!p.roleIds || p.roleIds.includes(u.roleId)) &&
      (!p.statuses || p.statuses.includes(u.status)) &&
      `${u.firstName} ${u.lastName} ${u.email}`.toLowerCase().includes(needle),
  );
  matches.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  if (p.sort?.direction === "desc") matches.reverse();
  return matches.slice((p.page - 1) * p.pageSize, p.page * p.pageSize);
}

const cases: Record<string, (i: number) => ListUsersParams> = {
  "page only (sorted by name)": (i) => ({ page: 1 + (i % 100), pageSize: 50 }),
  ...Object.fromEntries(
    sorts.map((sort, s) => [
      `search + ${sort.field} ${sort.direction} + page`,
      (i: number) => ({ ...page1, search: searches[(i + s * 11) % searches.length], sort }),
    ]),
  ),
  "search + role/status filter + sort + page 3": (i) => ({
    page: 3,
    pageSize: 25,
    search: searches[(i + 32) % searches.length],
    sort: sorts[i % sorts.length],
    roleIds: ["user", "custom"],
    statuses: ["active"],
  }),
};

console.log("queries on a warm adapter, a distinct query each run (wall / CPU ms; scan-and-sort wall)");
for (const [name, params] of Object.entries(cases)) {
  const runs: Timing[] = [];
  const baseline: Timing[] = [];
  let total = 0;
  for (let i = 0; i < QUERY_RUNS; i++) {
    // Baseline and adapter alternate, so both see the same machine load.
    const p = params(i);
    runs.push(await time(async () => (total = (await adapter.listUsers(p)).total)));
    baseline.push(await time(() => scanAndSort(p)));
  }
  line(name, medians(runs, 2), `vs ${median(baseline.map((b) => b.wall)).toFixed(1)} (last total ${total})`);
}

// The same search's next page: the match list is kept, so this is a slice.
const repeats: Timing[] = [];
for (let i = 0; i < QUERY_RUNS; i++) {
  const p = { ...page1, search: searches[i % searches.length], sort: sorts[i % sorts.length] };
  await adapter.listUsers(p);
  repeats.push(await time(() => adapter.listUsers({ ...p, page: 2 })));
}
line("repeated query (page 2 of the same search)", medians(repeats, 2), `(${QUERY_RUNS} runs)`);
