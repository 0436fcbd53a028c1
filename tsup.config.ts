import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "tsup";

const OUT_DIR = "dist";

// One entry per public subpath; each gets ESM + CJS + its own .d.ts/.d.cts.
const entry = {
  index: "src/index.ts",
  core: "src/core.ts",
  "adapters/memory": "src/adapters/memory/index.ts",
  // Valibot (REST adapter, server) and Hono (server only) are `dependencies`, left as imports (see
  // `external` below): hosts dedupe, audit and patch them. No client entry imports either.
  "adapters/rest": "src/adapters/rest/index.ts",
  // Better Auth is an optional peer: the entry only calls the host's `auth` instance and imports
  // Better Auth's types alone, so its JavaScript imports nothing of it (see `external` too).
  "adapters/better-auth": "src/adapters/better-auth/index.ts",
  server: "src/server/index.ts",
  testing: "src/testing/index.ts",
  "locales/fr": "src/locales/fr.ts",
  "locales/de": "src/locales/de.ts",
  "locales/es": "src/locales/es.ts",
  "locales/pt-BR": "src/locales/pt-BR.ts",
  "locales/ja": "src/locales/ja.ts",
  "locales/zh-CN": "src/locales/zh-CN.ts",
  "locales/ar": "src/locales/ar.ts",
};

/**
 * The entries a React Server Components host (Next.js App Router) must treat as client modules:
 * the components and hooks, and the message catalogs (objects with functions, which a server page
 * can only hand to the page as client references). Core, adapters, server and testing stay plain
 * modules, so server code can call them.
 */
const isClientEntry = (name: string) => name === "index" || name.startsWith("locales/");

const DIRECTIVE = '"use client";';
/** A bare import that means the file holds React code. */
const REACT_IMPORT = /^(react|react-dom)(\/|$)|^@tanstack\/react-query$|^@radix-ui\//;
/** Static imports, re-exports, dynamic imports and requires, as esbuild and rollup print them. */
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)(["'])([^"']+)\1/g;

/**
 * Starts every client entry's files with `"use client";`, and the shared chunks that only client
 * entries import and that hold React code; never a file a server entry reaches. Runs after tsup
 * has written dist/: a banner or plugin would run before tsup's rollup tree-shaking pass, which
 * drops module-level directives. Each file gains one line at the top, so its source map gains one
 * empty line (`;`) at the top of its mappings and stays exact.
 */
export function addClientDirectives(outDir: string, entryNames: readonly string[]) {
  for (const extension of [".js", ".cjs"]) {
    const files = new Map<string, { code: string; local: string[]; holdsReact: boolean; reachedBy: Set<string> }>();
    const load = (file: string) => {
      let info = files.get(file);
      if (info) return info;
      if (!existsSync(file)) throw new Error(`use client: ${file} is missing from the build.`);
      const code = readFileSync(file, "utf8");
      const specifiers = Array.from(code.matchAll(IMPORT), (match) => match[2] as string);
      info = {
        code,
        local: specifiers.filter((s) => s.startsWith(".")).map((s) => path.join(path.dirname(file), s)),
        holdsReact: specifiers.some((s) => REACT_IMPORT.test(s)),
        reachedBy: new Set(),
      };
      files.set(file, info);
      return info;
    };
    const entryFiles = new Map(entryNames.map((name) => [path.join(outDir, `${name}${extension}`), name]));
    for (const [entryFile, name] of entryFiles) {
      const stack = [entryFile];
      for (let file = stack.pop(); file !== undefined; file = stack.pop()) {
        const info = load(file);
        if (info.reachedBy.has(name)) continue;
        info.reachedBy.add(name);
        stack.push(...info.local);
      }
    }
    for (const [file, info] of files) {
      const entryName = entryFiles.get(file);
      const serverReached = [...info.reachedBy].filter((name) => !isClientEntry(name));
      if (entryName === undefined && info.holdsReact && serverReached.length > 0) {
        throw new Error(
          `use client: ${file} holds React code and is imported by ${serverReached.join(", ")}, which must run without React.`,
        );
      }
      const isClient =
        entryName === undefined ? info.holdsReact && serverReached.length === 0 : isClientEntry(entryName);
      if (!isClient || info.code.startsWith(DIRECTIVE)) continue;
      writeFileSync(file, `${DIRECTIVE}\n${info.code}`);
      const mapFile = `${file}.map`;
      if (existsSync(mapFile)) {
        const map = JSON.parse(readFileSync(mapFile, "utf8"));
        map.mappings = `;${map.mappings}`;
        writeFileSync(mapFile, JSON.stringify(map));
      }
    }
    // Every built file must be known here: an unreached one would be a chunk no entry imports.
    const built = readdirSync(outDir, { recursive: true, encoding: "utf8" })
      .map((file) => path.join(outDir, file))
      .filter((file) => file.endsWith(extension) && !files.has(file));
    if (built.length > 0) throw new Error(`use client: no entry reaches ${built.join(", ")}.`);
  }
}

export default defineConfig({
  entry,
  outDir: OUT_DIR,
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "es2022",
  treeshake: true,
  // Shared chunks in CJS too: otherwise each entry carries its own UserManagementError class and
  // \`instanceof\` fails across entries.
  splitting: true,
  // tsup already leaves every `dependencies`/`peerDependencies` package (and its subpaths) external,
  // so hono and valibot need no entry here; `npm run check:package` proves dist/ bundles no package.
  // Every @tanstack module, query-core included: its types reach our .d.ts and must stay imports.
  // Better Auth (and its scoped packages) too, should a value import ever appear: never bundled.
  external: [
    "react",
    "react-dom",
    "react/jsx-runtime",
    /^@tanstack\//,
    "vitest",
    /^better-auth(\/|$)/,
    /^@better-auth\//,
  ],
  onSuccess: async () => addClientDirectives(OUT_DIR, Object.keys(entry)),
});
