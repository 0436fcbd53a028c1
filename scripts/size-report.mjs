// `npm run size:report`: where the bytes of the library's own code go, by folder and by file,
// bundled from src/ with esbuild as size-limit does (minified, every dependency external).
// size-limit (npm run size) is the gate; this is the map for making things smaller.
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const external = ["react", "react-dom", "react/jsx-runtime", "@tanstack/react-query", "@radix-ui/*", "clsx"];
const entries = {
  "everything (import *)": 'export * from "./src/index.ts";',
  UserManagementPage: 'export { UserManagementPage } from "./src/index.ts";',
  "hooks only":
    'export { useUsers, usePermissions, useInvitations, useExternalUsers, UserManagementProvider } from "./src/index.ts";',
};
const top = Number(process.argv[2] ?? 12);

for (const [name, contents] of Object.entries(entries)) {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    write: false,
    metafile: true,
    external,
    logLevel: "error",
  });
  const code = result.outputFiles[0].contents;
  console.log(
    `\n${name}: ${(code.length / 1000).toFixed(1)} kB minified, ${(gzipSync(code).length / 1000).toFixed(2)} kB gzip`,
  );
  const inputs = Object.entries(Object.values(result.metafile.outputs)[0].inputs).map(([file, { bytesInOutput }]) => [
    file.replace(/^src\//, ""),
    bytesInOutput,
  ]);
  const folders = new Map();
  for (const [file, bytes] of inputs) {
    const folder = file
      .split("/")
      .slice(0, file.startsWith("components/") ? 2 : 1)
      .join("/");
    folders.set(folder, (folders.get(folder) ?? 0) + bytes);
  }
  for (const [folder, bytes] of [...folders].sort((a, b) => b[1] - a[1])) {
    console.log(`  ${folder.padEnd(32)} ${(bytes / 1000).toFixed(1)} kB`);
  }
  if (name === "everything (import *)") {
    console.log("  largest files:");
    for (const [file, bytes] of inputs.sort((a, b) => b[1] - a[1]).slice(0, top)) {
      console.log(`    ${file.padEnd(48)} ${(bytes / 1000).toFixed(1)} kB`);
    }
  }
}
