import path from "node:path";
import { fileURLToPath } from "node:url";
import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import react from "@vitejs/plugin-react";
import { playwright } from "@vitest/browser-playwright";
import { defineConfig } from "vitest/config";
import { chromiumLaunchOptions } from "./chromium.launch.ts";

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
    // Timeouts guard against a hang, never measure speed: tests wait for states. A 2-core box kept
    // busy by a parallel load (load average 12, issue 10) ran single tests for 28 s and PGlite's start
    // for over 60 s, so the guards leave room for that several times over.
    testTimeout: 120_000,
    hookTimeout: 300_000,
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
        test: { name: "storybook", browser: browser(), testTimeout: 120_000 },
      },
    ],
  },
});
