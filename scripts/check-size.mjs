// `npm run size` inside `npm test`: runs size-limit and fails on any budget over its limit, except
// those listed in NOT_YET_MET, which are printed (so every run shows how far they are) but do not
// fail the run. The list is temporary and must only shrink: issue 3 is open until it is empty.
import { execFileSync } from "node:child_process";

const NOT_YET_MET = new Set([
  "UserManagementPage with every dependency but React",
  "library's own code alone (all dependencies external)",
]);

let output;
try {
  output = execFileSync("npx", ["size-limit", "--json"], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
} catch (error) {
  // size-limit exits 1 when a budget fails but still prints its JSON.
  output = error.stdout;
}
const results = JSON.parse(output);
let failed = false;
for (const { name, size, sizeLimit, passed } of results) {
  const verdict = passed ? "ok" : NOT_YET_MET.has(name) ? "OVER (not yet enforced)" : "OVER";
  console.log(`${verdict.padEnd(24)} ${(size / 1000).toFixed(2).padStart(6)} kB / ${sizeLimit / 1000} kB  ${name}`);
  if (!passed && !NOT_YET_MET.has(name)) failed = true;
  if (passed && NOT_YET_MET.has(name))
    console.log(`  → now within budget: remove it from NOT_YET_MET in ${import.meta.url}`);
}
if (failed) {
  console.error("size: a bundle budget is exceeded (see above).");
  process.exit(1);
}
