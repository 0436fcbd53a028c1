/**
 * `npm run bench:browser` (issue 11): our page against react-admin in a real browser, side by side
 * in one run. Both are production builds (Vite) of small pages in bench/browser/ over the same
 * generated account (`generateDataset({ size, seed })`, 100,000 users by default):
 * - ours: the whole `UserManagementPage` on the memory adapter, seen by the owner (`user-1`);
 * - the baseline: react-admin with ra-data-fakerest, a List with a search filter and a Datagrid,
 *   sorted by name, 25 rows a page (bench/browser/react-admin, its own package.json, installed here
 *   with npm on first use). If it cannot be installed or built, a plain React table (useState,
 *   filter, sort, slice; bench/browser/plain) stands in, and the printout says so.
 *
 * Served from 127.0.0.1 with `cache-control: no-store` (every visit loads and compiles the code
 * anew) and driven through Playwright in Debian's Chromium (/usr/bin/chromium, as the tests launch
 * it). After one uncounted warm-up visit of each page on 1,000 users, each run opens each page
 * afresh in a new browser context, ours and the baseline in turn (alternating which goes first),
 * and on that page measures, in this order:
 * 1. data ready → first row painted: from the page's `bench:data-ready` mark (the data generated
 *    and the adapter or data provider made) to the first table row painted; printed beside it,
 *    for context, the page's start → `bench:generated` (users generated) → `bench:data-ready`;
 * 2. JS heap after load: once the page has settled (no DOM change for 300 ms), CDP
 *    `HeapProfiler.collectGarbage` twice, then `Runtime.getHeapUsage().usedSize`;
 * 3. next page: click Next → the first row is another one, painted;
 * 4. sort: click the Email header → the first row is another one, painted;
 * 5. first search: a surname entered in the search box → every row shown contains it, painted
 *    (ours builds its trigram index here);
 * 6. later searches: three more surnames, the same way;
 * 7. optimistic suspend (ours only): row menu → Suspend → the confirm click → that row's status
 *    reads "Suspended", painted;
 * 8. keystroke → next paint: three characters typed into the search box, each from its keydown
 *    to the end of the next frame (the search they start runs after the page has closed).
 * Each run also types the same keys into bench/browser/floor, a page with one text box and nothing
 * else: what a keystroke → next paint takes when a page does no work (the wait for the next frame,
 * up to 16.7 ms at 60 Hz, and the input's way into the page). It is printed under the table.
 * A search term is entered at once (Playwright's fill: one input event, as a paste or the last
 * keystroke of a word would be); the time runs from that input event, so it includes the pause
 * each page waits for typing to stop (our table's 250 ms, react-admin's 500 ms).
 *
 * How "painted" is taken (scripts/bench-browser/harness.js, injected before the page's scripts):
 * a MutationObserver sees the awaited state in the DOM; then requestAnimationFrame, and in it a
 * MessageChannel message, which runs once that frame's style, layout and paint are done. Starts
 * are the `timeStamp` of the click, input or keydown event, caught by a capturing listener on
 * window, so the page's own clock measures both ends and Playwright's round trips count nowhere.
 *
 * Prints medians over all runs, ours ÷ baseline, and each goal of the issue beside our figure.
 * Figures, not pass/fail: other work on the machine moves them (the load average is printed).
 *
 * Flags: --runs N (5), --size N (100000), --seed N (11), --baseline react-admin|plain.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright";
import { build } from "vite";
import { chromiumLaunchOptions } from "../chromium.launch";
import { serveStatic } from "./bench-browser/serve";

const ROOT = path.resolve(fileURLToPath(new URL("..", import.meta.url)));
const BENCH = path.join(ROOT, "bench/browser");
const OUT = path.join(ROOT, "node_modules/.cache/bench-browser");
const HARNESS = readFileSync(fileURLToPath(new URL("./bench-browser/harness.js", import.meta.url)), "utf8");

const { values: flags } = parseArgs({
  options: {
    runs: { type: "string", default: "5" },
    size: { type: "string", default: "100000" },
    seed: { type: "string", default: "11" },
    baseline: { type: "string", default: "react-admin" },
  },
});
const RUNS = Number(flags.runs);
const SIZE = Number(flags.size);
const SEED = Number(flags.seed);
if (!(RUNS >= 1 && SIZE >= 1 && Number.isInteger(SEED)))
  throw new Error("bench:browser: --runs and --size are numbers from 1, --seed a whole number.");
if (flags.baseline !== "react-admin" && flags.baseline !== "plain") {
  throw new Error(`bench:browser: --baseline is react-admin or plain, not ${flags.baseline}.`);
}

/** Surnames of the generated accounts, ASCII as written (names.ts): the first search, then the later ones. */
const FIRST_TERM = "hopper";
const LATER_TERMS = ["torvalds", "kierkegaard", "mensah"];
const KEYSTROKES = ["x", "y", "z"];
const MiB = 1024 * 1024;

/** A page under test: where it is built from, and how its table, search box and buttons are found. */
interface Target {
  /** Its folder in bench/browser and its path on the server. */
  dir: string;
  /** Its column title in the printout. */
  title: string;
  /** The table's data rows (not headers, placeholders or empty-state rows). */
  rowSelector: string;
  search(page: Page): ReturnType<Page["locator"]>;
  nextPage(page: Page): ReturnType<Page["locator"]>;
  sortByEmail(page: Page): ReturnType<Page["locator"]>;
  /** Ours only: the optimistic suspend. */
  suspends?: boolean;
}

const OURS: Target = {
  dir: "ours",
  title: "ours",
  rowSelector: '[data-slot="user-table-table"] > tbody > tr[data-slot="user-table-row"]:has(> th[scope="row"])',
  search: (page) => page.locator('[data-slot="user-table"]').getByRole("searchbox", { name: "Search users" }),
  nextPage: (page) => page.locator('[data-slot="user-table"]').getByRole("button", { name: "Next page" }),
  sortByEmail: (page) => page.locator('[data-slot="user-table-head"][data-column="email"] button'),
  suspends: true,
};
const REACT_ADMIN: Target = {
  dir: "react-admin",
  title: "react-admin",
  rowSelector: ".RaDatagrid-tbody > tr.RaDatagrid-row",
  search: (page) => page.locator('input[name="q"]'),
  nextPage: (page) => page.getByRole("button", { name: "Go to next page" }),
  sortByEmail: (page) => page.locator('thead [role="button"][data-field="email"]'),
};
const PLAIN: Target = {
  dir: "plain",
  title: "plain React",
  rowSelector: 'table[aria-label="Users"] > tbody > tr',
  search: (page) => page.getByRole("searchbox", { name: "Search users" }),
  nextPage: (page) => page.getByRole("button", { name: "Next page" }),
  sortByEmail: (page) => page.locator('th[data-column="email"] button'),
};

type Metric =
  | "generated"
  | "dataReady"
  | "firstRow"
  | "heap"
  | "nextPage"
  | "sort"
  | "firstSearch"
  | "laterSearch"
  | "suspend"
  | "keystroke";
type Samples = Record<Metric, number[]>;
const emptySamples = (): Samples => ({
  generated: [],
  dataReady: [],
  firstRow: [],
  heap: [],
  nextPage: [],
  sort: [],
  firstSearch: [],
  laterSearch: [],
  suspend: [],
  keystroke: [],
});

// --- setting up --------------------------------------------------------------------------------

/** Installs the react-admin baseline's own packages when they are missing; the reason it could not, if so. */
function installReactAdmin(): string | undefined {
  const dir = path.join(BENCH, "react-admin");
  const installed = ["react-admin", "ra-data-fakerest", ".package-lock.json"].every((name) =>
    existsSync(path.join(dir, "node_modules", name)),
  );
  if (installed) return undefined;
  const command = existsSync(path.join(dir, "package-lock.json")) ? "ci" : "install";
  console.error(`bench:browser: npm ${command} --prefix bench/browser/react-admin (first run only)…`);
  const result = spawnSync("npm", [command, "--prefix", dir, "--no-audit", "--no-fund"], {
    // npm's output goes to stderr with the progress lines: stdout is the table.
    stdio: ["ignore", 2, 2],
    timeout: 10 * 60_000,
  });
  if (result.status === 0) return undefined;
  return `npm ${command} failed (${result.error?.message ?? `exit ${result.status ?? result.signal}`})`;
}

/** A production build of bench/browser/<dir> into node_modules/.cache/bench-browser/<dir>. */
async function buildPage(dir: string): Promise<string> {
  const outDir = path.join(OUT, dir);
  const started = performance.now();
  await build({
    configFile: path.join(BENCH, dir, "vite.config.ts"),
    mode: "production",
    logLevel: "warn",
    // The bundler's "slow plugin" notice says more about the machine's load than about the pages.
    build: { outDir, rolldownOptions: { checks: { bundlerTimings: false } } },
  });
  console.error(`bench:browser: built ${dir} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return outDir;
}

// --- measuring ---------------------------------------------------------------------------------

/** What harness.js puts on window; only ever used inside page.evaluate. */
interface Harness {
  firstRow: Promise<number>;
  generated(): number;
  dataReady(): number;
  rowCount(): number;
  arm(spec: ArmSpec): void;
  result(): Promise<{ start: number; painted: number; ms: number }>;
  quiet(ms: number): Promise<boolean>;
}
type InPage = { __bench: Harness };
type ArmSpec = { start: "click" | "input" | "keydown" } & (
  | { until: "firstRowChanged" | "nextFrame" }
  | { until: "allRowsContain"; term: string }
  | { until: "rowContains"; rowText: string; text: string }
);

/** Arms the harness, acts, and returns the ms from the start event to the awaited state painted. */
async function measure(page: Page, spec: ArmSpec, act: () => Promise<void>): Promise<number> {
  await page.evaluate((armed) => (window as unknown as InPage).__bench.arm(armed), spec);
  await act();
  const { ms } = await page.evaluate(() => (window as unknown as InPage).__bench.result());
  return ms;
}

/** A new page of `context` with the harness (harness.js) injected before its own scripts. */
async function harnessedPage(context: BrowserContext, rowSelector: string): Promise<Page> {
  const page = await context.newPage();
  page.setDefaultTimeout(120_000);
  await page.addInitScript({ content: `window.__benchConfig = ${JSON.stringify({ rowSelector })};\n${HARNESS}` });
  return page;
}

/**
 * One fresh page of `target`: every metric once (searches and keystrokes several times), added to
 * `samples` if the whole visit succeeds. `size` other than SIZE is the warm-up's. Fails at once on
 * an error the page does not catch.
 */
async function visit(browser: Browser, origin: string, target: Target, samples: Samples, size = SIZE): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await harnessedPage(context, target.rowSelector);
    const pageFailed = new Promise<never>((_, reject) => {
      page.on("pageerror", (error) => reject(new Error(`the page failed: ${error.message}`)));
    });
    pageFailed.catch(() => {}); // read by the race below; an error before it must not end the process
    await page.goto(`${origin}/${target.dir}/?size=${size}&seed=${SEED}`, { waitUntil: "commit" });
    const measured = await Promise.race([measurePage(page, target), pageFailed]);
    for (const metric of Object.keys(samples) as Metric[]) samples[metric].push(...measured[metric]);
  } finally {
    await context.close();
  }
}

/** Every metric on a page that has started loading. */
async function measurePage(page: Page, target: Target): Promise<Samples> {
  const samples = emptySamples();
  // 1. data ready → first row painted.
  const load = await page.evaluate(async () => {
    const bench = (window as unknown as InPage).__bench;
    const painted = await bench.firstRow;
    return { generated: bench.generated(), ready: bench.dataReady(), painted };
  });
  if (!Number.isFinite(load.ready)) throw new Error("the page set no bench:data-ready mark");
  samples.generated.push(load.generated);
  samples.dataReady.push(load.ready - load.generated);
  samples.firstRow.push(load.painted - load.ready);

  // 2. JS heap after load, after GC.
  await page.evaluate(() => (window as unknown as InPage).__bench.quiet(300));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  samples.heap.push(usedSize / MiB);
  await cdp.detach();

  // 3. next page; 4. sort by email.
  samples.nextPage.push(
    await measure(page, { start: "click", until: "firstRowChanged" }, () => target.nextPage(page).click()),
  );
  samples.sort.push(
    await measure(page, { start: "click", until: "firstRowChanged" }, () => target.sortByEmail(page).click()),
  );

  // 5. first search; 6. later searches.
  const search = target.search(page);
  samples.firstSearch.push(
    await measure(page, { start: "input", until: "allRowsContain", term: FIRST_TERM }, () => search.fill(FIRST_TERM)),
  );
  for (const term of LATER_TERMS) {
    samples.laterSearch.push(
      await measure(page, { start: "input", until: "allRowsContain", term }, () => search.fill(term)),
    );
  }

  // 7. optimistic suspend: an active plain user of the rows shown.
  if (target.suspends) {
    const row = page
      .locator(`${target.rowSelector}[data-state="active"]:not([data-self])`)
      .filter({ has: page.locator('td[data-column="role"]', { hasText: /^User$/ }) })
      .first();
    const email = (await row.locator('td[data-column="email"]').innerText()).trim().toLowerCase();
    await row.getByRole("button", { name: /^Actions for / }).click();
    await page.getByRole("menuitem", { name: "Suspend", exact: true }).click();
    const confirm = page.getByRole("alertdialog").getByRole("button", { name: "Suspend user" });
    await confirm.waitFor();
    samples.suspend.push(
      await measure(page, { start: "click", until: "rowContains", rowText: email, text: "suspended" }, () =>
        confirm.click(),
      ),
    );
    await confirm.waitFor({ state: "detached" });
  }

  // 8. keystroke → next paint.
  samples.keystroke.push(...(await typeKeystrokes(page, search)));
  return samples;
}

/** Keystroke → next paint for each of KEYSTROKES typed at the end of `box`. */
async function typeKeystrokes(page: Page, box: ReturnType<Page["locator"]>): Promise<number[]> {
  await box.click();
  await page.keyboard.press("End");
  const times: number[] = [];
  for (const key of KEYSTROKES) {
    times.push(await measure(page, { start: "keydown", until: "nextFrame" }, () => page.keyboard.press(key)));
  }
  return times;
}

/** The floor (bench/browser/floor): keystrokes into a page with one text box and nothing else. */
async function visitFloor(browser: Browser, origin: string): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await harnessedPage(context, "tr");
    await page.goto(`${origin}/floor/`);
    return await typeKeystrokes(page, page.getByRole("searchbox", { name: "Search users" }));
  } finally {
    await context.close();
  }
}

// --- the run -----------------------------------------------------------------------------------

const loadBefore = os.loadavg()[0] ?? Number.NaN;
let baseline = flags.baseline === "plain" ? PLAIN : REACT_ADMIN;
let fallbackReason = flags.baseline === "plain" ? "--baseline plain" : undefined;
const roots: Record<string, string> = { ours: await buildPage("ours") };
if (baseline === REACT_ADMIN) {
  fallbackReason = installReactAdmin();
  if (!fallbackReason) {
    try {
      roots["react-admin"] = await buildPage("react-admin");
    } catch (error) {
      fallbackReason = `its build failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`;
    }
  }
  if (fallbackReason) {
    console.error(`bench:browser: react-admin is not available (${fallbackReason}): plain React stands in.`);
    baseline = PLAIN;
  }
}
if (baseline === PLAIN) roots.plain = await buildPage("plain");
roots.floor = path.join(BENCH, "floor");

const { origin, server } = await serveStatic(roots);
const browser = await chromium.launch(chromiumLaunchOptions);
const chromiumVersion = browser.version();
const results = new Map<Target, Samples>([
  [OURS, emptySamples()],
  [baseline, emptySamples()],
]);
const floor: number[] = [];
const failures: string[] = [];
const started = performance.now();
try {
  // A warm-up visit of each page on a small account, not counted: the browser's first page pays
  // for starting its renderer, whichever page it is.
  for (const target of [OURS, baseline]) {
    await visit(browser, origin, target, emptySamples(), 1_000).catch((error: unknown) => {
      console.error(
        `bench:browser: the warm-up of ${target.title} failed: ${error instanceof Error ? error.message.split("\n")[0] : error}`,
      );
    });
  }
  for (let run = 0; run < RUNS; run++) {
    const order = run % 2 === 0 ? [OURS, baseline] : [baseline, OURS];
    for (const target of order) {
      try {
        await visit(browser, origin, target, results.get(target) as Samples);
        console.error(`bench:browser: run ${run + 1}/${RUNS} ${target.title} done`);
      } catch (error) {
        const message = `run ${run + 1} ${target.title}: ${error instanceof Error ? error.message.split("\n")[0] : error}`;
        failures.push(message);
        console.error(`bench:browser: ${message}`);
      }
    }
    floor.push(...(await visitFloor(browser, origin)));
  }
} finally {
  await browser.close();
  server.close();
}

// --- the printout ------------------------------------------------------------------------------

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const ours = results.get(OURS) as Samples;
const base = results.get(baseline) as Samples;
const fixed = (value: number, digits: number) =>
  Number.isFinite(value)
    ? value.toLocaleString("en", { maximumFractionDigits: digits, minimumFractionDigits: digits })
    : "—";

interface Line {
  label: string;
  metric: Metric;
  unit: "ms" | "MiB";
  /** The goal as a number, or a function of the baseline's median (the heap). */
  goal?: number | ((baselineMedian: number) => number);
  goalText?: string;
}
const LINES: Line[] = [
  { label: "page start → users generated", metric: "generated", unit: "ms" },
  { label: "generated → data ready (adapter/provider)", metric: "dataReady", unit: "ms" },
  { label: "data ready → first row painted", metric: "firstRow", unit: "ms", goal: 300 },
  { label: "next page: click → rows painted", metric: "nextPage", unit: "ms" },
  { label: "sort by email: click → rows painted", metric: "sort", unit: "ms" },
  { label: "first search: input → rows painted", metric: "firstSearch", unit: "ms", goal: 150 },
  { label: "later searches: input → rows painted", metric: "laterSearch", unit: "ms", goal: 100 },
  { label: "keystroke → next paint", metric: "keystroke", unit: "ms", goal: 8 },
  { label: 'optimistic suspend: confirm → "Suspended"', metric: "suspend", unit: "ms", goal: 32 },
  {
    label: "JS heap after load, after GC",
    metric: "heap",
    unit: "MiB",
    goal: (baselineMedian) => (baseline === REACT_ADMIN ? baselineMedian * 1.5 : Number.NaN),
    goalText: baseline === REACT_ADMIN ? "≤ 1.5× react-admin" : "≤ 1.5× react-admin (not measured)",
  },
];

const header = ["metric (median)", "n", OURS.title, baseline.title, `ours ÷ ${baseline.title}`, "goal", "met"];
const rows = LINES.map(({ label, metric, unit, goal, goalText }) => {
  const [a, b] = [median(ours[metric]), median(base[metric])];
  const digits = unit === "MiB" ? 1 : a < 100 ? 1 : 0;
  const target = typeof goal === "function" ? goal(b) : goal;
  const goalCell = goalText ?? (target === undefined ? "" : `≤ ${fixed(target, unit === "MiB" ? 1 : 0)} ${unit}`);
  const met = target === undefined || !Number.isFinite(target) || !Number.isFinite(a) ? "" : a <= target ? "yes" : "no";
  return [
    label,
    String(ours[metric].length),
    `${fixed(a, digits)} ${unit}`,
    base[metric].length > 0 ? `${fixed(b, unit === "MiB" ? 1 : b < 100 ? 1 : 0)} ${unit}` : "—",
    Number.isFinite(a / b) ? `${a / b < 0.1 ? (a / b).toPrecision(1) : (a / b).toFixed(2)}×` : "—",
    goalCell,
    met,
  ];
});

console.log(
  `\nbench:browser: ${SIZE.toLocaleString("en")} users (seed ${SEED}), production builds in Chromium ` +
    `${chromiumVersion}, ${RUNS} run(s) of each page, ${((performance.now() - started) / 1000).toFixed(0)} s; ` +
    `load average ${loadBefore.toFixed(1)} before, ${(os.loadavg()[0] ?? Number.NaN).toFixed(1)} after (${os.cpus().length} cores)`,
);
if (fallbackReason) {
  console.log(
    `BASELINE IS PLAIN REACT, NOT REACT-ADMIN (${fallbackReason}): a useState + filter + sort + slice table.`,
  );
}
console.log(
  `n = samples of ours (per run: 1, but ${LATER_TERMS.length} later searches and ${KEYSTROKES.length} keystrokes). ` +
    "Medians; lower is better.\n",
);
const widths = header.map((title, index) => Math.max(title.length, ...rows.map((row) => row[index]?.length ?? 0)));
for (const row of [header, ...rows]) {
  console.log(
    row
      .map((cell, index) => (index === 0 ? cell.padEnd(widths[index] ?? 0) : cell.padStart(widths[index] ?? 0)))
      .join("  "),
  );
}
console.log(
  `\nkeystroke → next paint on a page with one text box and nothing else (bench/browser/floor), the same keys ` +
    `in the same run: ${fixed(median(floor), 1)} ms (n = ${floor.length}). No page can answer a keystroke sooner ` +
    "on this browser and machine: the frame after a keystroke comes at the screen's next refresh.",
);
if (failures.length > 0) {
  console.log(
    `\n${failures.length} page visit(s) failed and are left out:\n${failures.map((f) => `- ${f}`).join("\n")}`,
  );
  process.exitCode = 1;
}
