import { expect } from "vitest";
import { normalizeEmail } from "../../core/email";
import type { ConformanceSuite } from "./conformanceSuite";
import type { ConformanceSubject } from "./subject";

/** R2: the address the backend shows after a person typed `typed`, by its declared `emailCase`. */
export function shownEmail(suite: Pick<ConformanceSuite, "behaviours">, typed: string): string {
  return suite.behaviours.emailCase === "lower-case" ? typed.toLowerCase() : typed;
}

/**
 * R2: an address as identity is compared: exactly when the backend keeps the spelling, and
 * case-insensitively when it declares `emailCase: "lower-case"` (it may echo either spelling).
 */
export function addressKey(suite: Pick<ConformanceSuite, "behaviours">, email: string): string {
  return suite.behaviours.emailCase === "lower-case" ? normalizeEmail(email) : email;
}

/**
 * Expects `iso` to be the backend's "now" plus `plusMs`: exactly the suite's clock when the backend
 * reads it, and within the test's elapsed time when it reads a real clock.
 */
export function expectAtNow(subject: Pick<ConformanceSubject, "nowWindow">, iso: string | undefined, plusMs = 0): void {
  const time = iso === undefined ? Number.NaN : new Date(iso).getTime();
  const { earliest, latest } = subject.nowWindow();
  if (earliest === latest) {
    expect(time).toBe(earliest + plusMs);
    return;
  }
  expect(time, `${iso} is the backend's now${plusMs ? ` + ${plusMs} ms` : ""}`).toBeGreaterThanOrEqual(
    earliest + plusMs,
  );
  expect(time, `${iso} is the backend's now${plusMs ? ` + ${plusMs} ms` : ""}`).toBeLessThanOrEqual(latest + plusMs);
}
