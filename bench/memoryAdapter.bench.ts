/**
 * `npm run bench:adapter`: how fast the memory adapter builds and answers a 100,000-user account (R1).
 * Prints medians over repeated runs; figures, not pass/fail (goal: a query under 20 ms).
 */

import type { ListUsersParams } from "../src/adapter";
import { createMemoryAdapter, generateDataset } from "../src/adapters/memory";

const SIZE = 100_000;
const BUILD_RUNS = 5;
const QUERY_RUNS = 31;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function time(run: () => unknown): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

const builds: number[] = [];
const firstSearches: number[] = [];
const generations: number[] = [];
for (let i = 0; i < BUILD_RUNS; i++) {
  let dataset = generateDataset({ size: SIZE, seed: 7 });
  generations.push(await time(() => (dataset = generateDataset({ size: SIZE, seed: 7 }))));
  // Building = adapter creation + the first page, which builds the name order.
  let fresh = createMemoryAdapter({ dataset });
  builds.push(
    await time(() => {
      fresh = createMemoryAdapter({ dataset });
      return fresh.listUsers({ page: 1, pageSize: 50 });
    }),
  );
  // The first search of an adapter's life also builds its trigram index.
  firstSearches.push(await time(() => fresh.listUsers({ page: 1, pageSize: 50, search: "lovelace" })));
}

const dataset = generateDataset({ size: SIZE, seed: 7 });
const adapter = createMemoryAdapter({ dataset });
// What people type: pieces of real names and emails, 2 to 8 characters, in any script.
const searches = Array.from({ length: 64 }, (_, i) => {
  const user = dataset.users[(i * 7919) % SIZE];
  const text = i % 2 === 0 ? `${user?.firstName} ${user?.lastName}` : (user?.email ?? "");
  const start = (i * 3) % Math.max(1, text.length - 2);
  return text.slice(start, start + 2 + (i % 7));
});
const sorts: ListUsersParams["sort"][] = [
  { field: "name", direction: "asc" },
  { field: "email", direction: "desc" },
  { field: "lastLoginAt", direction: "desc" },
  { field: "role", direction: "asc" },
];
// Warm every order once: the first use of a column builds its index.
for (const sort of sorts) await adapter.listUsers({ page: 1, pageSize: 50, sort });

const cases: Record<string, (i: number) => ListUsersParams> = {
  "page only (sorted by name)": (i) => ({ page: 1 + (i % 100), pageSize: 50 }),
  "search + sort + page": (i) => ({
    page: 1,
    pageSize: 50,
    search: searches[i % searches.length],
    sort: sorts[i % sorts.length],
  }),
  "search + role/status filter + sort + page 3": (i) => ({
    page: 3,
    pageSize: 25,
    search: searches[(i + 32) % searches.length],
    sort: sorts[i % sorts.length],
    roleIds: ["user", "custom"],
    statuses: ["active"],
  }),
};

console.log(`memory adapter, ${SIZE.toLocaleString("en")} users (median of runs, ms)`);
console.log(`  generate dataset              ${median(generations).toFixed(1)}  (${BUILD_RUNS} runs)`);
console.log(`  create adapter + first page   ${median(builds).toFixed(1)}  (${BUILD_RUNS} runs)`);
console.log(`  first search (builds index)   ${median(firstSearches).toFixed(1)}  (${BUILD_RUNS} runs)`);
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

for (const [name, params] of Object.entries(cases)) {
  const runs: number[] = [];
  const baseline: number[] = [];
  let total = 0;
  for (let i = 0; i < QUERY_RUNS; i++) {
    // A distinct query each run, so the match cache never answers; baseline and index alternate.
    const p = params(i);
    runs.push(await time(async () => (total = (await adapter.listUsers(p)).total)));
    baseline.push(await time(() => scanAndSort(p)));
  }
  const [indexed, scanned] = [median(runs), median(baseline)];
  console.log(
    `  ${name.padEnd(45)} ${indexed.toFixed(2)}  vs scan-and-sort ${scanned.toFixed(1)} (${(scanned / indexed).toFixed(0)}x; ${QUERY_RUNS} runs, last total ${total})`,
  );
}
