import { afterAll, beforeAll } from "vitest";
import { page } from "vitest/browser";

/** The audit's two widths: a phone and a laptop (width, height). */
export const AUDIT_SIZES = [
  [390, 844],
  [1280, 800],
] as const;

/**
 * For a browser test that sets the viewport itself: the body without its default margin, so
 * positions are the page's own, and the test runner's viewport given back afterwards.
 */
export function withBareViewport(): void {
  beforeAll(() => {
    document.body.style.margin = "0";
  });
  afterAll(async () => {
    await page.viewport(414, 896);
  });
}
