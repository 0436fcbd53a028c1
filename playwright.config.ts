import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "./chromium.launch.ts";
import { TEST_TIMEOUT } from "./test/timeouts.ts";

// The demo on its own port and a throwaway data folder, reset at each start: the tests never touch
// the developer's .demo-data, and always begin from the same seed.
const port = Number(process.env.E2E_PORT ?? 5185);
const dataDir = path.join(os.tmpdir(), `react-user-management-e2e-${port}`);
// The Better Auth demo (demo/better-auth): its data in memory, seeded at every start; the folder
// holds only Vite's cache.
const betterAuthPort = Number(process.env.E2E_BA_PORT ?? 5186);
const betterAuthDataDir = path.join(os.tmpdir(), `react-user-management-e2e-${betterAuthPort}`);
const betterAuthSpec = /better-auth\.spec\.ts$/;

export default defineConfig({
  testDir: "e2e",
  // One demo, one database: tests run one after the other so that they do not change each other's people.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  reporter: "list",
  // Hang guards, not speed limits: each step waits for a state, and a busy 2-core box runs a whole
  // scenario (sign in as several people, open dialogs, reload) several times slower than an idle one.
  timeout: TEST_TIMEOUT,
  // As findBy… in the other tests: a waiting assertion's bound, far above any state's arrival.
  expect: { timeout: 60_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: "chromium",
    trace: "retain-on-failure",
    launchOptions: chromiumLaunchOptions,
  },
  // Each demo's tests against their own server.
  projects: [
    { name: "demo", testIgnore: betterAuthSpec },
    { name: "better-auth", testMatch: betterAuthSpec, use: { baseURL: `http://127.0.0.1:${betterAuthPort}` } },
  ],
  webServer: [
    {
      command: "node --import tsx demo/server.ts",
      url: `http://127.0.0.1:${port}/demo-api/people`,
      env: { DEMO_PORT: String(port), DEMO_DATA_DIR: dataDir, DEMO_RESET: "1" },
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "pipe",
      // SIGTERM lets the demo close PGlite cleanly.
      gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
    },
    {
      command: "node --import tsx demo/better-auth/server.ts",
      // Answers once the organization is seeded.
      url: `http://127.0.0.1:${betterAuthPort}/demo-api/outbox`,
      env: { DEMO_PORT: String(betterAuthPort), DEMO_DATA_DIR: betterAuthDataDir },
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "pipe",
      gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
    },
  ],
});
