/**
 * How every browser test here starts Chromium: Debian's package at /usr/bin/chromium (`.ci/run`
 * installs it; never `playwright install`), headless, with the background networking this
 * machine's closed network would refuse switched off. Shared by vitest.config.ts and
 * playwright.config.ts.
 */
export const chromiumLaunchOptions = {
  executablePath: "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};
