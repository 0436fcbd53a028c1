// Packs the built package the way `npm publish` would, so checks see exactly what users install.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root (where package.json lives). */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Prints `<check> failed: <message>` and exits non-zero. */
export function fail(check, message) {
  console.error(`\n${check} failed: ${message}`);
  process.exit(1);
}

/**
 * `npm pack` into a fresh temp dir. Returns the temp dir, the tarball path and `cleanup()`, which removes
 * both; callers run it in `finally` so no tarball is left behind.
 */
export function packTarball(check) {
  if (!existsSync(path.join(root, "dist"))) fail(check, "dist/ is missing: run `npm run build` first.");
  const dir = mkdtempSync(path.join(tmpdir(), "rum-pack-"));
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  let output;
  try {
    // --ignore-scripts: pack what is built, never rebuild behind the check's back.
    output = execFileSync("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", dir], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
  } catch (error) {
    cleanup();
    fail(check, `npm pack failed:\n${error.stderr ?? error.message}`);
  }
  const [{ filename }] = JSON.parse(output);
  return { dir, tarball: path.join(dir, filename), cleanup };
}
