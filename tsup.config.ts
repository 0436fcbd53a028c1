import { defineConfig } from "tsup";

// One entry per public subpath; each gets ESM + CJS + its own .d.ts/.d.cts.
export default defineConfig({
  entry: {
    index: "src/index.ts",
    core: "src/core.ts",
    "adapters/memory": "src/adapters/memory/index.ts",
    // Valibot (REST adapter, server) and Hono (server only) are devDependencies, so tsup bundles the
    // parts these entries use: nothing to install beside the package, and no client entry imports them.
    "adapters/rest": "src/adapters/rest/index.ts",
    server: "src/server/index.ts",
    testing: "src/testing/index.ts",
    "locales/fr": "src/locales/fr.ts",
  },
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "es2022",
  treeshake: true,
  // Shared chunks in CJS too: otherwise each entry carries its own UserManagementError class and
  // \`instanceof\` fails across entries.
  splitting: true,
  // Every @tanstack module, query-core included: its types reach our .d.ts and must stay imports.
  external: ["react", "react-dom", "react/jsx-runtime", /^@tanstack\//, "vitest"],
});
