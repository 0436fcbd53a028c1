// Proves the React-free entries load in plain Node, both via require() and import(), from the packed
// tarball installed alone: no React (nor anything else) can be resolved, so a stray import fails here.
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync } from "node:fs";
import path from "node:path";
import { fail, packTarball, root } from "./lib/pack.mjs";

const check = "check:node";
const probes = path.join(root, "scripts/node-entry-probes");

const started = performance.now();
const { dir, tarball, cleanup } = packTarball(check);
const failures = [];
try {
  const app = path.join(dir, "app");
  const pkg = path.join(app, "node_modules/react-user-management");
  mkdirSync(pkg, { recursive: true });
  execFileSync("tar", ["-xzf", tarball, "-C", pkg, "--strip-components=1"]);
  for (const file of readdirSync(probes)) copyFileSync(path.join(probes, file), path.join(app, file));

  // NODE_PATH could make a React from elsewhere resolvable and hide a leak.
  const env = { ...process.env, NODE_PATH: "" };
  for (const probe of ["probe.cjs", "probe.mjs"]) {
    const result = spawnSync(process.execPath, [probe], { cwd: app, env, encoding: "utf8" });
    process.stdout.write(result.stdout);
    if (result.status !== 0) failures.push(`${probe}:\n${result.stderr || result.error?.message}`);
  }
} finally {
  cleanup();
}
if (failures.length > 0) {
  fail(check, `the React-free entries do not work in plain Node (no React installed).\n\n${failures.join("\n")}`);
}
console.log(
  `${check}: core, adapters/memory, adapters/rest and server load via require() and import() without React or any dependency (${Math.round(performance.now() - started)} ms).`,
);
