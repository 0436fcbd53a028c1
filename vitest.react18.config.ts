// The hooks and component tests (the `unit` project's files) run again on the oldest peers the
// library accepts: React 18 and TanStack Query 5.0.0 (issue 10). `npm run test:react18` installs
// them into .matrix/react18 (scripts/react18/package.json) and runs this config; `npm test` does it
// before e2e. Every import of react, react-dom and @tanstack/react-query (ours, the tests', and those
// of the inlined libraries below) resolves to that folder, and a setup file fails the run if it
// does not, so a green run is a fact about React 18, not a claim.
import path from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { HOOK_TIMEOUT, TEST_TIMEOUT } from "./test/timeouts.ts";

const dirname = path.dirname(fileURLToPath(import.meta.url));
const peers = path.join(dirname, ".matrix/react18/node_modules");

/**
 * Tests left out of this run, each with its reason; they still run on React 19 in `vitest run`.
 * Only for a test whose assertion depends on something React does not promise, never to hide a
 * failure of the library on React 18.
 */
const SKIPPED_ON_REACT_18: readonly { test: string; reason: string }[] = [];
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export default defineConfig({
  plugins: [react()],
  resolve: {
    // The ES module builds, so the inlined libraries below `import` React through the aliases (their
    // CommonJS `main` would `require` the root React 19).
    mainFields: ["module", "jsnext:main", "jsnext", "main"],
    alias: [
      { find: /^react(\/.*)?$/, replacement: `${peers}/react$1` },
      { find: /^react-dom(\/.*)?$/, replacement: `${peers}/react-dom$1` },
      // Its "import" condition, as a host's bundler resolves it.
      { find: /^@tanstack\/react-query$/, replacement: `${peers}/@tanstack/react-query/build/modern/index.js` },
    ],
  },
  test: {
    name: "unit-react18",
    environment: "jsdom",
    include: ["test/hooks/**/*.test.tsx", "test/components/**/*.test.tsx"],
    exclude: ["test/**/*.browser.test.tsx"],
    setupFiles: ["./scripts/react18/assert-peers.ts", "./test/setup.ts"],
    // An empty alternation would match every name and skip everything: no pattern when none is left out.
    ...(SKIPPED_ON_REACT_18.length > 0
      ? {
          testNamePattern: new RegExp(
            `^(?!.*(?:${SKIPPED_ON_REACT_18.map(({ test }) => escapeRegExp(test)).join("|")}))`,
          ),
        }
      : {}),
    // The same bounds as vitest.config.ts (test/timeouts.ts): they guard against a hang, never
    // measure speed. Kept apart once, these stayed at 30 s, and a busy machine broke a React 18 run.
    testTimeout: TEST_TIMEOUT,
    hookTimeout: HOOK_TIMEOUT,
    server: {
      deps: {
        // Node would resolve these libraries' own `react` imports from the root node_modules (React
        // 19): run them through Vite so the aliases above apply and one React renders everything.
        inline: [
          /@testing-library\/react/,
          /@radix-ui\//,
          /react-remove-scroll/,
          /react-style-singleton/,
          /use-callback-ref/,
          /use-sidecar/,
          /@floating-ui\/react-dom/,
        ],
      },
    },
  },
});
