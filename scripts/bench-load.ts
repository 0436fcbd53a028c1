/**
 * `npm run bench:load` (issue 11): the store handler over HTTP under concurrent load. For each store
 * (PostgreSQL when DATABASE_URL is set, PGlite in the request thread, and PGlite in a worker thread
 * through `workerSqlClient`) a server process (scripts/bench-load/server.ts)
 * holds an account of 100,000 users among others; autocannon drives it at each concurrency with
 * four workloads: the bare Hono route answering the same JSON (the same-run ceiling), the first
 * page, a search, and a mix of 80 % reads (first page or search) and 20 % writes (suspend and
 * reactivate). Prints requests/s, latency p50/p97.5/p99 (autocannon's percentiles), 503s (overload answered at once, with
 * Retry-After), other errors (timeouts, resets, other non-2xx) and the server's event-loop delay.
 *
 * BENCH_SECONDS (5) per cell, BENCH_CONCURRENCY ("1,10,50,200"), BENCH_USERS (100000),
 * BENCH_PGLITE=0 to skip both PGlites. Figures, not pass/fail; the machine's other work moves them.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createInterface } from "node:readline";
import autocannon from "autocannon";
import { ORIGIN } from "./bench-load/setup";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONCURRENCY = (process.env.BENCH_CONCURRENCY ?? "1,10,50,200").split(",").map(Number);
/** Fragments of the generated names, three letters and more (the trigram index's reach). */
const TERMS = ["smi", "lovelace", "garc", "ann", "chen", "mart", "kim", "john", "lee", "ali", "nguy", "rossi"];
/** Active plain users whose status the mixed workload flips (read from the server before the run); far more than the connections, so two requests rarely meet. */
let writeTargets: string[] = [];

/** Up to 4,000 active users of the plain role: an owner could not be suspended (R19). */
async function readWriteTargets(port: number) {
  const ids: string[] = [];
  for (let page = 1; page <= 40; page++) {
    const response = await fetch(`http://127.0.0.1:${port}/users?page=${page}&pageSize=100&roleId=user&status=active`);
    if (!response.ok) throw new Error(`bench:load: GET /users answered ${response.status}: ${await response.text()}`);
    const { users } = (await response.json()) as { users: { id: string }[] };
    ids.push(...users.map((user) => user.id));
    if (users.length < 100) break;
  }
  return ids;
}

interface Row {
  store: string;
  workload: string;
  connections: number;
  rps: number;
  /** Answers with a 2xx status per second: what was served, 503s aside. */
  okPerSecond: number;
  p50: number;
  p97_5: number;
  p99: number;
  overloaded: number;
  errors: number;
  errorKinds: string;
  loopP99: number;
}

async function startServer(store: string): Promise<{ child: ChildProcess; port: number; loadSeconds: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/bench-load/server.ts"], {
    env: { ...process.env, BENCH_STORE: store },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  for await (const line of lines) {
    const [word, port, loadSeconds] = line.split(" ");
    if (word === "ready") return { child, port: Number(port), loadSeconds: loadSeconds ?? "?" };
  }
  throw new Error(`bench:load: the ${store} server exited before it was ready.`);
}

const pick = <T>(values: readonly T[]) => values[Math.floor(Math.random() * values.length)] as T;
const searchPath = () => `/users?page=1&pageSize=25&search=${pick(TERMS)}`;
/** The targets this run has suspended, as the server answered (a write refused with 503 changed nothing). */
const suspended = new Set<string>();
/** A connection's write in flight: autocannon sends one request at a time on each connection. */
interface Pending {
  write?: { id: string; action: "suspend" | "reactivate" };
}
/** A write of the mixed workload: suspend an active target, or reactivate one this run suspended. */
function writeRequest(pending: Pending) {
  const id = pick(writeTargets);
  const action = suspended.has(id) ? "reactivate" : "suspend";
  pending.write = { id, action };
  return {
    method: "POST" as const,
    path: `/users/${id}/${action}`,
    headers: { "content-type": "application/json", origin: ORIGIN },
    body: "{}",
  };
}

const WORKLOADS: Record<
  string,
  (pending: Pending) => { method?: "GET" | "POST"; path: string; headers?: Record<string, string>; body?: string }
> = {
  "bare route (ceiling)": () => ({ path: "/bare/users" }),
  "first page": () => ({ path: "/users?page=1&pageSize=25" }),
  search: () => ({ path: searchPath() }),
  "mixed 80/20": (pending) =>
    Math.random() < 0.2
      ? writeRequest(pending)
      : { path: Math.random() < 0.5 ? "/users?page=1&pageSize=25" : searchPath() },
};

async function cell(port: number, connections: number, next: () => ReturnType<(typeof WORKLOADS)[string]>) {
  const base = `http://127.0.0.1:${port}`;
  await fetch(`${base}/__delay`); // resets the server's event-loop histogram
  const result = await autocannon({
    url: base,
    connections,
    duration: SECONDS,
    timeout: 10,
    requests: [
      {
        setupRequest: (request, context: Pending) => ({ ...request, method: "GET", ...next(context) }),
        onResponse: (status, _body, context: Pending) => {
          const { write } = context;
          context.write = undefined;
          if (!write || status < 200 || status > 299) return;
          if (write.action === "suspend") suspended.add(write.id);
          else suspended.delete(write.id);
        },
      },
    ],
  });
  const delay = (await (await fetch(`${base}/__delay`)).json()) as { p99: number };
  const latency = result.latency as unknown as Record<string, number>;
  const overloaded = result.statusCodeStats["503"]?.count ?? 0;
  // What the errors were: other statuses by code, then timeouts and connection errors.
  const kinds = Object.entries(result.statusCodeStats)
    .filter(([code]) => !code.startsWith("2") && code !== "503")
    .map(([code, { count }]) => `${code}×${count}`);
  if (result.timeouts > 0) kinds.push(`timeout×${result.timeouts}`);
  if (result.errors - result.timeouts > 0) kinds.push(`reset×${result.errors - result.timeouts}`);
  return {
    // Both from totals over the run's own duration, so that they compare.
    rps: result.requests.total / result.duration,
    okPerSecond: result["2xx"] / result.duration,
    p50: latency.p50 ?? Number.NaN,
    p97_5: latency.p97_5 ?? Number.NaN,
    p99: latency.p99 ?? Number.NaN,
    overloaded,
    errors: result.errors + result.timeouts + (result.non2xx - overloaded),
    errorKinds: kinds.join(" "),
    loopP99: delay.p99,
  };
}

const stores = [
  ...(process.env.DATABASE_URL ? ["postgres"] : []),
  ...(process.env.BENCH_PGLITE === "0" ? [] : ["pglite", "pglite-worker"]),
];
if (!process.env.DATABASE_URL) console.error("DATABASE_URL is not set: PostgreSQL skipped.");
const rows: Row[] = [];
for (const store of stores) {
  const { child, port, loadSeconds } = await startServer(store);
  console.error(`${store}: loaded and listening in ${loadSeconds} s`);
  try {
    writeTargets = await readWriteTargets(port);
    suspended.clear();
    for (const [workload, next] of Object.entries(WORKLOADS)) {
      for (const connections of CONCURRENCY) {
        rows.push({ store, workload, connections, ...(await cell(port, connections, next)) });
        console.error(`${store}: ${workload} c=${connections} done`);
      }
    }
  } finally {
    child.kill("SIGTERM");
    await new Promise((resolve) => child.once("exit", resolve));
  }
}

const header = [
  "store",
  "workload",
  "c",
  "req/s",
  "2xx/s",
  "p50 ms",
  "p97.5 ms",
  "p99 ms",
  "503s",
  "errors",
  "loop p99 ms",
  "errors by kind",
];
const table = rows.map((row) => [
  row.store,
  row.workload,
  String(row.connections),
  row.rps.toFixed(0),
  row.okPerSecond.toFixed(0),
  String(row.p50),
  String(row.p97_5),
  String(row.p99),
  String(row.overloaded),
  String(row.errors),
  String(row.loopP99),
  row.errorKinds,
]);
console.log(
  `\nGET /users over HTTP, 25 per page, ${SECONDS} s per cell (autocannon). req/s: every answer, 503s included; ` +
    "2xx/s: answers served; errors: timeouts, resets and statuses other than 2xx and 503, by kind in the last column\n",
);
const widths = header.map((title, index) => Math.max(title.length, ...table.map((row) => row[index]?.length ?? 0)));
for (const row of [header, ...table]) {
  console.log(
    row
      .map((text, index) =>
        index < 2 || index === row.length - 1 ? text.padEnd(widths[index] ?? 0) : text.padStart(widths[index] ?? 0),
      )
      .join("  "),
  );
}
