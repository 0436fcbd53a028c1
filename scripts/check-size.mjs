// `npm run size` inside `npm test`: every bundle budget, gzip, measured on dist/ after `npm run build`.
// size-limit measures the entries (.size-limit.js). The page and the library's own code are measured
// two ways (issue 9), bundled with code splitting as an app's bundler does (scripts/lib/loadSize.mjs):
// what the first paint downloads (the entry and the chunks it imports statically) and everything
// (with the parts loaded on first use, such as the row menu). size-limit's one-file bundle would
// count the lazily loaded parts with the first load, wrapped in esbuild's lazy-init code. Fails on
// any budget over its limit, except those in NOT_YET_MET, which are printed (so every run shows how far they are)
// but do not fail the run; that list must only shrink.
import { execFileSync } from "node:child_process";
import { measureLoad } from "./lib/loadSize.mjs";

const REACT = ["react", "react-dom", "react/jsx-runtime"];
const ALL_DEPENDENCIES = [...REACT, "react-dom/*", "@tanstack/*", "@radix-ui/*", "clsx", "valibot", "hono", "vitest"];

/**
 * The page's and the library's own budgets, both ways: what the first paint downloads, and
 * everything. Issue 9 done, each was lowered to what it measured, rounded up to the next 0.5 kB
 * (page 43.65 → 44 and 69.88 → 70, own code 20.82 → 21 and 29.39 → 29.5, hooks 5.85 → 6). They go
 * up only for a measured gain: issue 11's first load (the prefetch of the first requests, the
 * sections below the rows a frame later, the memory adapter's idle-time slices) added 0.36 kB to
 * the page (44.02, 70.24) and 0.34 to our own code (21.15, 29.73) for a first row at 245 ms instead
 * of 445 (docs/scaling.md): each budget rose by 0.5 kB. The hooks' rose by 0.5 kB for
 * `useRenderOnCacheWrite` (5.88 → 6.00 kB), which paints an optimistic change in the click's frame:
 * the suspend on screen in 33 ms instead of 54 (docs/scaling.md).
 * The ceilings rose by 2 kB when the dialogs, forms, toasts and the external users' section moved
 * to a chunk loaded on first use: parts gzipped apart share no compression (measured: 68.8 → 71.0 and
 * 27.3 → 29.4 kB, while the first loads fell 49.9 → 44.3 and 26.7 → 20.8 kB).
 */
const SPLIT = [
  {
    name: "UserManagementPage with every dependency but React",
    what: "{ UserManagementPage }",
    external: REACT,
    firstLoad: 44.5,
    everything: 70.5,
  },
  { name: "library's own code alone", what: "*", external: ALL_DEPENDENCIES, firstLoad: 21.5, everything: 30 },
  {
    // An app that uses the hooks with its own UI downloads no component: the bundler drops the
    // parts loaded on first use along with the components that would load them.
    name: "hooks only (TanStack Query external)",
    what: "{ useUsers, usePermissions, useInvitations, useExternalUsers, UserManagementProvider }",
    external: [...REACT, "@tanstack/react-query"],
    firstLoad: 6.5,
    everything: 6.5,
  },
];

const NOT_YET_MET = new Set([]);

let output;
try {
  output = execFileSync("npx", ["size-limit", "--json"], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
} catch (error) {
  // size-limit exits 1 when a budget fails but still prints its JSON.
  output = error.stdout;
}
const results = JSON.parse(output).map(({ name, size, sizeLimit, passed }) => ({
  name,
  size,
  limit: sizeLimit,
  passed,
}));
for (const { name, what, external, firstLoad: firstLimit, everything: everythingLimit } of SPLIT) {
  const { firstLoad, total } = await measureLoad({ file: "dist/index.js", what, external });
  const budget = (label, size, limit) => ({
    name: `${name} (${label})`,
    size,
    limit: limit * 1000,
    passed: size <= limit * 1000,
  });
  results.push(budget("first load", firstLoad, firstLimit), budget("everything", total, everythingLimit));
}

let failed = false;
for (const { name, size, limit, passed } of results) {
  const verdict = passed ? "ok" : NOT_YET_MET.has(name) ? "OVER (not yet enforced)" : "OVER";
  console.log(`${verdict.padEnd(24)} ${(size / 1000).toFixed(2).padStart(6)} kB / ${limit / 1000} kB  ${name}`);
  if (!passed && !NOT_YET_MET.has(name)) failed = true;
  if (passed && NOT_YET_MET.has(name))
    console.log(`  → now within budget: remove it from NOT_YET_MET in ${import.meta.url}`);
}
if (failed) {
  console.error("size: a bundle budget is exceeded (see above).");
  process.exit(1);
}
