// Proves the React-free entries load in plain Node, both via require() and import(), from the packed
// tarball installed the way a host installs it (`npm install <tarball>`), with its `dependencies` (hono,
// valibot, …) but without peer dependencies: no React can be resolved, so a stray import of React, or of
// any package the tarball does not declare as a dependency, fails here.
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fail, packTarball, root } from "./lib/pack.mjs";

const check = "check:node";
const probes = path.join(root, "scripts/node-entry-probes");

const started = performance.now();
const { dir, tarball, cleanup } = packTarball(check);
const failures = [];
try {
  const app = path.join(dir, "app");
  mkdirSync(app);
  // A package.json of its own, so npm installs here instead of looking for a project further up.
  writeFileSync(path.join(app, "package.json"), `${JSON.stringify({ name: "node-entry-probe", private: true })}\n`);
  // --omit=peer: npm would otherwise add React (a peer of the Radix dependencies) and hide a leak.
  // --prefer-offline: the packages are in npm's cache after the repository's own `npm ci`, so this
  // needs the registry only on a cold cache. --ignore-scripts: nothing of the host runs.
  try {
    execFileSync(
      "npm",
      ["install", tarball, "--omit=peer", "--prefer-offline", "--ignore-scripts", "--no-audit", "--no-fund"],
      { cwd: app, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
    );
  } catch (error) {
    cleanup(); // fail() exits at once: the `finally` below would not run.
    fail(check, `npm install of the packed tarball failed:\n${error.stderr ?? error.message}`);
  }
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
  `${check}: core, adapters/memory, adapters/rest, adapters/better-auth (without Better Auth installed), server and the locales/* catalogs load via require() and import() with only the tarball's dependencies installed, no React (${Math.round(performance.now() - started)} ms).`,
);
