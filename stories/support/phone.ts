import { expect, waitFor } from "storybook/test";

/**
 * A story on a 390 × 844 phone (issue 9): Storybook's viewport, which the Storybook test runner
 * (addon-vitest) also applies to its browser before the story renders.
 */
export const PHONE = {
  parameters: {
    viewport: {
      options: {
        phone390: { name: "Phone 390 × 844", styles: { width: "390px", height: "844px" }, type: "mobile" },
      },
    },
  },
  globals: { viewport: { value: "phone390", isRotated: false } },
} as const;

/** A story on a 1280 × 800 desktop (issue 9), the size the phone stories are compared with. */
export const DESKTOP = {
  parameters: {
    viewport: {
      options: {
        desktop1280: { name: "Desktop 1280 × 800", styles: { width: "1280px", height: "800px" }, type: "desktop" },
      },
    },
  },
  globals: { viewport: { value: "desktop1280", isRotated: false } },
} as const;

/** The story's document does not scroll sideways: nothing is wider than the phone's screen. */
export async function expectNoSidewaysScroll(canvasElement: HTMLElement) {
  const root = canvasElement.ownerDocument.documentElement;
  await expect(root.clientWidth).toBeLessThanOrEqual(390);
  await waitFor(() => expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth));
}

/** Whether the element is drawn wholly inside the screen, left to right. */
function onScreen(element: Element) {
  const box = element.getBoundingClientRect();
  const width = element.ownerDocument.documentElement.clientWidth;
  return box.width > 0 && box.height > 0 && box.left >= 0 && box.right <= width + 0.5;
}

/** Every user row shows its name, email, role, status and actions menu on the screen. */
export async function expectUserRowsOnScreen(canvasElement: HTMLElement) {
  const rows = canvasElement.querySelectorAll('tr[data-slot="user-table-row"]:has([data-column="name"])');
  await expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    for (const column of ["name", "email", "role", "status", "actions"]) {
      const cell = row.querySelector(`[data-column="${column}"]`);
      const content = column === "actions" ? cell?.querySelector("button") : (cell?.firstElementChild ?? cell);
      await expect(content && onScreen(content), `${column} of ${row.textContent}`).toBe(true);
    }
  }
}
