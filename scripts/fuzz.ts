// `npm run fuzz`: the model-based test of test/model at fuzzing size. Runs FUZZ_COMMANDS commands
// (default 100,000; or the first argument) against the memory adapter, the handler on PGlite, on
// PGlite in a worker thread (`workerSqlClient`) and, when DATABASE_URL is set, on that PostgreSQL server. Prints per target and in total
// "N commands, F failures", with a shrunk counterexample for the first failure of each target, and
// exits with 1 when anything failed. FUZZ_SEED picks the seed (default: the time, printed);
// FUZZ_TARGETS (e.g. "memory" or "memory,pglite,pglite-worker") runs only some targets.
import { checkTarget } from "../test/model/runner";
import { handlerTarget, memoryTarget, type Target } from "../test/model/systems";
import { DATABASE_URL, lazyTestDatabase } from "../test/server/testDatabase";

const commands = Number(process.argv[2] ?? process.env.FUZZ_COMMANDS ?? 100_000);
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2_147_483_647);
if (!Number.isInteger(commands) || commands < 1) {
  console.error(`fuzz: the number of commands must be a whole number ≥ 1, got ${String(commands)}.`);
  process.exit(2);
}

const wanted = new Set(
  (process.env.FUZZ_TARGETS ?? "memory,pglite,pglite-worker,postgres").split(",").map((name) => name.trim()),
);
const targets: Target[] = [
  ...(wanted.has("memory") ? [memoryTarget()] : []),
  ...(wanted.has("pglite")
    ? [handlerTarget("REST adapter → handler → PGlite", lazyTestDatabase("pglite", "model_fuzz"))]
    : []),
  ...(wanted.has("pglite-worker")
    ? [
        handlerTarget(
          "REST adapter → handler → PGlite in a worker thread",
          lazyTestDatabase("pglite-worker", "model_fuzz"),
        ),
      ]
    : []),
  ...(DATABASE_URL && wanted.has("postgres")
    ? [handlerTarget("REST adapter → handler → PostgreSQL", lazyTestDatabase("postgres", "model_fuzz"))]
    : []),
];

console.log(
  `fuzz: ${commands} commands per target, seed ${seed}${DATABASE_URL ? "" : " (no DATABASE_URL: PostgreSQL skipped)"}`,
);
let total = 0;
let failures = 0;
for (const target of targets) {
  const started = performance.now();
  const result = await checkTarget(target, { commands, sequenceLength: 25, seed });
  await target.close();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  for (const report of result.failures.slice(0, 1)) console.log(`\n${report}\n`);
  console.log(`${target.name}: ${result.commands} commands, ${result.failures.length} failures (${seconds} s)`);
  total += result.commands;
  failures += result.failures.length;
}
console.log(`${total} commands, ${failures} failures`);
process.exit(failures > 0 ? 1 : 0);
