// What a browser downloads for an import, measured both ways (issue 9): the first load (the entry
// and every chunk it imports statically) and everything (the chunks it loads on first use too,
// through dynamic import()). size-limit bundles into one file, which counts lazily loaded parts as
// if they came with the first paint; this bundles with code splitting instead, as an app's bundler
// does, and follows the metafile's import graph.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

/**
 * Bundles `import <what> from <file>` (minified, tree-shaken, ESM, split) with `external` left out,
 * and returns the gzip size in bytes of the first load and of everything, each file gzipped on
 * its own as a browser fetches it.
 */
export async function measureLoad({ file, what, external }) {
  const dir = mkdtempSync(path.join(tmpdir(), "load-size-"));
  try {
    const entry = path.join(dir, "entry.js");
    writeFileSync(entry, `export ${what} from ${JSON.stringify(path.resolve(file))};\n`);
    const result = await build({
      entryPoints: [entry],
      outdir: path.join(dir, "out"),
      bundle: true,
      splitting: true,
      format: "esm",
      minify: true,
      treeShaking: true,
      write: false,
      metafile: true,
      external,
      logLevel: "error",
    });
    const contents = new Map(
      result.outputFiles.map((output) => [path.relative(process.cwd(), output.path), output.contents]),
    );
    const outputs = result.metafile.outputs;
    // Each lazily loaded part is an entry point of its own in the metafile: find the one imported.
    const entryPoint = path.relative(process.cwd(), entry);
    const entryOutput = Object.keys(outputs).find((name) => outputs[name].entryPoint === entryPoint);
    if (entryOutput === undefined) throw new Error(`measureLoad: no output for ${entryPoint}`);
    const first = new Set();
    const stack = [entryOutput];
    for (let name = stack.pop(); name !== undefined; name = stack.pop()) {
      if (first.has(name)) continue;
      first.add(name);
      for (const { path: imported, kind, external: isExternal } of outputs[name].imports)
        if (kind === "import-statement" && !isExternal) stack.push(imported);
    }
    const gzip = (names) =>
      gzipSync(Buffer.concat([...names].map((name) => contents.get(name) ?? new Uint8Array()))).length;
    const js = Object.keys(outputs).filter((name) => name.endsWith(".js"));
    return { firstLoad: gzip(first), total: gzip(js), chunks: js.length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
