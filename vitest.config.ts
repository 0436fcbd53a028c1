import path from "node:path";
import { fileURLToPath } from "node:url";
import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import react from "@vitejs/plugin-react";
import { playwright } from "@vitest/browser-playwright";
import { defineConfig } from "vitest/config";
import { chromiumLaunchOptions } from "./chromium.launch.ts";
import { HOOK_TIMEOUT, TEST_TIMEOUT } from "./test/timeouts.ts";

const dirname = path.dirname(fileURLToPath(import.meta.url));

const chromium = playwright({ launchOptions: chromiumLaunchOptions });

// A fresh object per project: vitest writes each instance's project name into it, so sharing one
// makes the second project fail with "browser (chromium) was already defined".
const browser = () => ({
  enabled: true,
  headless: true,
  provider: chromium,
  instances: [{ browser: "chromium" as const }],
});

export default defineConfig({
  plugins: [react()],
  test: {
    // Guards against a hang, never a measure of speed (test/timeouts.ts).
    testTimeout: TEST_TIMEOUT,
    hookTimeout: HOOK_TIMEOUT,
    projects: [
      {
        extends: true,
        test: {
          name: "node",
          environment: "node",
          include: ["test/**/*.test.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "unit",
          environment: "jsdom",
          include: ["test/**/*.test.tsx"],
          exclude: ["test/**/*.browser.test.tsx"],
          setupFiles: ["./test/setup.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "browser",
          include: ["test/**/*.browser.test.tsx"],
          setupFiles: ["./test/setup.ts"],
          browser: browser(),
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: path.join(dirname, ".storybook") })],
        // Stories of 100,000-user accounts build their data in the browser: slow on a loaded 2-core CI box.
        test: { name: "storybook", browser: browser(), testTimeout: TEST_TIMEOUT },
      },
    ],
  },
});
