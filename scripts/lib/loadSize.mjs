// What a browser downloads for an import, measured both ways (issue 9): the first load (the entry
// and every chunk it imports statically) and everything (the chunks it loads on first use too,
// through dynamic import()). size-limit bundles into one file, which counts lazily loaded parts as
// if they came with the first paint; this bundles with code splitting instead, as an app's bundler
// does: with Rolldown, Vite's bundler, which (unlike esbuild) also drops a dynamic import() that only
// unused code reaches, so an app that imports the hooks alone gets no chunk of components.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { rolldown } from "rolldown";

/**
 * Bundles `import <what> from <file>` (minified, tree-shaken, ESM, split) with `external` (package
 * names, or `@scope/*`) left out, and returns the gzip size in bytes of the first load and
 * of everything. Each set's files are gzipped as one stream, as every budget was set; gzipped one by
 * one, as separate responses, they weigh about 1 kB more (3 to 5 files).
 */
export async function measureLoad({ file, what, external }) {
  const dir = mkdtempSync(path.join(tmpdir(), "load-size-"));
  try {
    const entry = path.join(dir, "entry.js");
    writeFileSync(entry, `export ${what} from ${JSON.stringify(path.resolve(file))};\n`);
    // "pkg" leaves out the package and its subpaths; "@scope/*" or "pkg/*" everything under it.
    const isExternal = (id) =>
      external.some((name) =>
        name.endsWith("/*") ? id.startsWith(name.slice(0, -1)) : id === name || id.startsWith(`${name}/`),
      );
    const bundle = await rolldown({ input: entry, external: isExternal, logLevel: "silent" });
    const { output } = await bundle.generate({ format: "esm", minify: true });
    await bundle.close();
    const chunks = new Map(output.filter((item) => item.type === "chunk").map((chunk) => [chunk.fileName, chunk]));
    const entryChunk = [...chunks.values()].find((chunk) => chunk.isEntry);
    if (entryChunk === undefined) throw new Error(`measureLoad: no entry chunk for ${what} from ${file}`);
    // Static imports only: dynamic ones are the parts loaded on first use.
    const first = new Set();
    const stack = [entryChunk.fileName];
    for (let name = stack.pop(); name !== undefined; name = stack.pop()) {
      if (first.has(name)) continue;
      first.add(name);
      for (const imported of chunks.get(name)?.imports ?? []) if (chunks.has(imported)) stack.push(imported);
    }
    const gzip = (names) => gzipSync([...names].map((name) => chunks.get(name)?.code ?? "").join("")).length;
    return { firstLoad: gzip(first), total: gzip(chunks.keys()), chunks: chunks.size };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
