// `npm run test:react18`: the hooks and component tests on the oldest peers the library supports
// (issue 10). Installs scripts/react18/package.json (React 18, TanStack Query 5.0.0) into
// .matrix/react18 with `npm ci` when that folder is missing or its lockfile differs (so a machine
// that has it runs offline), then runs vitest.react18.config.ts. Extra arguments go to vitest.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const source = path.join(root, "scripts/react18");
const target = path.join(root, ".matrix/react18");
const FILES = ["package.json", "package-lock.json"];

const read = (file) => (existsSync(file) ? readFileSync(file, "utf8") : null);
const installed =
  existsSync(path.join(target, "node_modules/.package-lock.json")) &&
  FILES.every((file) => read(path.join(source, file)) === read(path.join(target, file)));

const run = (command, args, cwd) => {
  const result = spawnSync(command, args, { cwd, stdio: "inherit", shell: process.platform === "win32" });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (!installed) {
  console.log("test:react18: installing React 18 and TanStack Query 5.0.0 into .matrix/react18");
  mkdirSync(target, { recursive: true });
  for (const file of FILES) copyFileSync(path.join(source, file), path.join(target, file));
  run("npm", ["ci", "--no-audit", "--no-fund", "--ignore-scripts"], target);
}

run(
  process.execPath,
  [
    path.join(root, "node_modules/vitest/vitest.mjs"),
    "run",
    "--config",
    "vitest.react18.config.ts",
    ...process.argv.slice(2),
  ],
  root,
);
