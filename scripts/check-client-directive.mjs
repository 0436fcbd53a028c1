// Proves which built files start with "use client" (issue 10): every client entry's files (ESM and
// CJS) and the React chunks only they import do; no file a server, core, adapter or testing entry
// reaches does. Run by check:package on the packed tarball; `node scripts/check-client-directive.mjs`
// checks dist/ on its own. Independent of the build's own logic in tsup.config.ts, on purpose.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** Subpaths a React Server Components host must treat as client modules. */
const isClientSubpath = (subpath) => subpath === "." || subpath.startsWith("./locales/");
/** Subpaths server code imports: they must never carry the directive nor reach a file that does. */
const SERVER_SUBPATHS = new Set([
  "./core",
  "./adapters/memory",
  "./adapters/rest",
  "./adapters/better-auth",
  "./server",
  "./testing",
]);

const DIRECTIVE = '"use client";';
const REACT_IMPORT = /^(react|react-dom)(\/|$)|^@tanstack\/react-query$|^@radix-ui\//;
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)(["'])([^"']+)\1/g;

/**
 * Checks the package in `packageDir` (the repository, or a tarball unpacked). Returns the failures
 * (empty when all is well), the files that start with the directive, and the files server entries reach.
 */
export function checkClientDirective(packageDir) {
  const failures = [];
  const cache = new Map();
  const read = (file) => {
    if (!cache.has(file)) {
      const code = readFileSync(path.join(packageDir, file), "utf8");
      const specifiers = Array.from(code.matchAll(IMPORT), (match) => match[2]);
      cache.set(file, {
        hasDirective: code.startsWith(DIRECTIVE),
        holdsReact: specifiers.some((s) => REACT_IMPORT.test(s)),
        local: specifiers.filter((s) => s.startsWith(".")).map((s) => path.join(path.dirname(file), s)),
      });
    }
    return cache.get(file);
  };
  /** The file and every local file it imports, transitively. */
  const reach = (file) => {
    const seen = new Set();
    const stack = [file];
    for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
      if (seen.has(next)) continue;
      if (!existsSync(path.join(packageDir, next))) {
        failures.push(`${next} (imported from ${file}) is missing.`);
        continue;
      }
      seen.add(next);
      stack.push(...read(next).local);
    }
    return [...seen];
  };

  const { exports } = JSON.parse(readFileSync(path.join(packageDir, "package.json"), "utf8"));
  const withDirective = new Set();
  const serverReached = new Set();
  for (const [subpath, target] of Object.entries(exports)) {
    if (typeof target === "string") continue; // styles.css, openapi.json, package.json: not modules
    const client = isClientSubpath(subpath);
    if (!client && !SERVER_SUBPATHS.has(subpath)) {
      failures.push(`${subpath} is a new entry: add it to the client or server subpaths of this check.`);
      continue;
    }
    for (const condition of ["import", "require"]) {
      const entryFile = path.normalize(target[condition].default);
      for (const file of reach(entryFile)) {
        const { hasDirective, holdsReact } = read(file);
        if (client && file === entryFile && !hasDirective) {
          failures.push(`${file} (${subpath}, ${condition}) must start with ${DIRECTIVE}`);
        } else if (client && holdsReact && !hasDirective) {
          failures.push(
            `${file}, imported by ${subpath} (${condition}), holds React code: it must start with ${DIRECTIVE}`,
          );
        } else if (!client && hasDirective) {
          failures.push(`${file}, imported by ${subpath} (${condition}), must not start with ${DIRECTIVE}`);
        } else if (!client && holdsReact) {
          failures.push(
            `${file}, imported by ${subpath} (${condition}), holds React code: server entries run without it.`,
          );
        }
        if (hasDirective) withDirective.add(file);
        if (!client) serverReached.add(file);
      }
    }
  }
  if (withDirective.size === 0) failures.push("no built file starts with the directive.");
  return { failures, withDirective: [...withDirective].sort(), serverReached: [...serverReached].sort() };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  const { failures, withDirective, serverReached } = checkClientDirective(root);
  if (failures.length > 0) {
    console.error(`\nuse client check failed:\n- ${failures.join("\n- ")}`);
    process.exit(1);
  }
  console.log(
    `use client: starts ${withDirective.join(", ")}; absent from the ${serverReached.length} files server entries reach.`,
  );
}
