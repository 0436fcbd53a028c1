// Lints the packed tarball: publint (package.json/exports/files), attw (types per resolution mode), and
// which built files start with "use client" (scripts/check-client-directive.mjs); and that dist/ holds no
// third-party code and imports only declared packages (scripts/check-no-bundled-code.mjs).
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { checkClientDirective } from "./check-client-directive.mjs";
import { checkNoBundledCode } from "./check-no-bundled-code.mjs";
import { fail, packTarball, root } from "./lib/pack.mjs";

const check = "check:package";

/** Runs a devDependency binary on the tarball; returns whether it passed. */
function runTool(bin, args) {
  const result = spawnSync(path.join(root, "node_modules/.bin", bin), args, { cwd: root, stdio: "inherit" });
  if (result.error) throw result.error;
  return result.status === 0;
}

const started = performance.now();
const { dir, tarball, cleanup } = packTarball(check);
const failures = [];
let directive;
let bundled;
try {
  if (!runTool("publint", ["run", "--strict", tarball])) failures.push("publint --strict");
  // styles.css and openapi.json are data, not modules with types: attw checks the JavaScript entries only
  // (node10 resolution, which ignores "exports", cannot reach them by their subpath anyway).
  const dataFiles = ["./styles.css", "./openapi.json"];
  if (!runTool("attw", [tarball, "--no-emoji", "--exclude-entrypoints", ...dataFiles])) failures.push("attw");
  const unpacked = path.join(dir, "package");
  mkdirSync(unpacked);
  execFileSync("tar", ["-xzf", tarball, "-C", unpacked, "--strip-components=1"]);
  directive = checkClientDirective(unpacked);
  if (directive.failures.length > 0) {
    console.error(`"use client" in the wrong files:\n- ${directive.failures.join("\n- ")}`);
    failures.push('the "use client" check');
  }
  bundled = checkNoBundledCode(unpacked);
  if (bundled.problems.length > 0) {
    console.error(`Third-party code or undeclared imports in dist/:\n- ${bundled.problems.join("\n- ")}`);
    failures.push("the bundled-code check");
  }
} finally {
  cleanup();
}
if (failures.length > 0) {
  fail(check, `${failures.join(" and ")} reported problems in the packed tarball (details above).`);
}
console.log(
  `${check}: publint --strict, attw and the "use client" check pass on the packed tarball: the directive starts ${directive.withDirective.join(", ")} and none of the ${directive.serverReached.length} files server entries reach (${Math.round(performance.now() - started)} ms).`,
);
console.log(`${check}: dist/ holds no third-party code (${bundled.summary}).`);
