// Lints the packed tarball: publint (package.json/exports/files) and attw (types per resolution mode).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fail, packTarball, root } from "./lib/pack.mjs";

const check = "check:package";

/** Runs a devDependency binary on the tarball; returns whether it passed. */
function runTool(bin, args) {
  const result = spawnSync(path.join(root, "node_modules/.bin", bin), args, { cwd: root, stdio: "inherit" });
  if (result.error) throw result.error;
  return result.status === 0;
}

const started = performance.now();
const { tarball, cleanup } = packTarball(check);
const failures = [];
try {
  if (!runTool("publint", ["run", "--strict", tarball])) failures.push("publint --strict");
  // styles.css and openapi.json are data, not modules with types: attw checks the JavaScript entries only
  // (node10 resolution, which ignores "exports", cannot reach them by their subpath anyway).
  const dataFiles = ["./styles.css", "./openapi.json"];
  if (!runTool("attw", [tarball, "--no-emoji", "--exclude-entrypoints", ...dataFiles])) failures.push("attw");
} finally {
  cleanup();
}
if (failures.length > 0) {
  fail(check, `${failures.join(" and ")} reported problems in the packed tarball (details above).`);
}
console.log(
  `${check}: publint --strict and attw pass on the packed tarball (${Math.round(performance.now() - started)} ms).`,
);
