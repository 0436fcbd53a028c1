import { vi } from "vitest";

/**
 * Runs `run`, which makes a render throw on purpose, without the reports of that error: React logs
 * it to the console, and React 18 in jsdom also dispatches it as an uncaught error that jsdom prints
 * with its stack. The error itself still reaches `run`'s caller.
 */
export function withoutRenderErrorReports<T>(run: () => T): T {
  const consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
  const cancel = (event: ErrorEvent) => event.preventDefault();
  window.addEventListener("error", cancel);
  try {
    return run();
  } finally {
    window.removeEventListener("error", cancel);
    consoleError.mockRestore();
  }
}
