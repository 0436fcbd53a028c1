// Part of `npm run check:package` (issue 10): proves the unpacked tarball's dist/ holds no copy of a
// third-party package, so hosts get hono, valibot, … from their own node_modules, where they dedupe,
// audit and patch them.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";

/** The package name a bare specifier (`hono/utils`, `@scope/name/sub`) refers to. */
function packageName(specifier) {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}

/** Static imports, re-exports, side-effect and dynamic imports, and requires, as esbuild prints them. */
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)(["'])([^"']+)\1/g;

/**
 * Two checks on every dist/**\/*.{js,cjs,mjs} of the unpacked package at `pkgDir`:
 *
 * 1. What went INTO each file. tsup writes a source map beside every file (`sourcemap: true`), and
 *    esbuild lists in its `sources` every input module whose code the file contains, a bundled package
 *    included (as `../node_modules/<name>/…`). Every source must resolve into the package's own src/;
 *    anything else is foreign code, reported with its package name. This is the build's own record of
 *    its inputs (what its metafile would say), shipped in the tarball, so the check needs no list of
 *    known packages or code markers and sees exactly what `npm publish` would upload. A file without
 *    its map fails: without it nothing would be proven.
 * 2. What each file IMPORTS. Every bare specifier must be a Node built-in or a package declared in
 *    `dependencies` or `peerDependencies`: what is left out of the bundle, the host must install. A
 *    false match (an import-like string in our own code) fails loudly rather than passing silently.
 *
 * Returns `{ problems, summary }`: `problems` is empty when both checks pass.
 */
export function checkNoBundledCode(pkgDir) {
  const pkg = JSON.parse(readFileSync(path.join(pkgDir, "package.json"), "utf8"));
  const declared = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]);
  const builtins = new Set(builtinModules);
  const ownSources = path.join(pkgDir, "src") + path.sep;
  const distDir = path.join(pkgDir, "dist");
  const files = readdirSync(distDir, { recursive: true, encoding: "utf8" })
    .filter((file) => /\.(c|m)?js$/.test(file))
    .sort();
  const problems = new Set();
  const imported = new Set();
  const ownModules = new Set();
  if (files.length === 0) problems.add("dist/ holds no .js/.cjs file: nothing was checked.");
  for (const file of files) {
    const shown = `dist/${file}`;
    const absolute = path.join(distDir, file);
    const mapFile = `${absolute}.map`;
    if (!existsSync(mapFile)) {
      problems.add(`${shown} has no source map in the tarball: what it bundles cannot be checked.`);
    } else {
      const map = JSON.parse(readFileSync(mapFile, "utf8"));
      const base = path.resolve(path.dirname(absolute), map.sourceRoot ?? "");
      const foreign = new Set();
      for (const source of map.sources) {
        const resolved = path.resolve(base, source);
        if (resolved.startsWith(ownSources)) {
          ownModules.add(resolved);
          continue;
        }
        foreign.add(source.includes("node_modules/") ? packageName(source.split("node_modules/").at(-1)) : source);
      }
      if (foreign.size > 0) problems.add(`${shown} bundles code from outside src/: ${[...foreign].join(", ")}.`);
    }
    for (const [, , specifier] of readFileSync(absolute, "utf8").matchAll(IMPORT)) {
      if (specifier.startsWith(".")) continue;
      const name = packageName(specifier);
      if (specifier.startsWith("node:") || builtins.has(name)) continue;
      imported.add(name);
      if (!declared.has(name)) {
        problems.add(`${shown} imports "${specifier}", declared in neither dependencies nor peerDependencies.`);
      }
    }
  }
  const summary = `${files.length} files built from ${ownModules.size} src/ modules, importing only ${[...imported].sort().join(", ")}`;
  return { problems: [...problems], summary };
}
