import { notifyManager } from "@tanstack/react-query";

/** A hidden page paints no frame: past this, what waits for one goes on without it. */
const PAINT_WAIT_LIMIT_MS = 100;

/**
 * Internal: resolves once TanStack has told its observers of the cache's latest change, React has rendered
 * it (in a microtask of the task that told them), and, in a visible page, the browser has painted
 * the frame after that (the task after an animation frame). Without frames (a hidden page, a test
 * DOM), the task after the render.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) =>
    notifyManager.schedule(() => {
      const hidden = typeof document !== "undefined" && document.visibilityState === "hidden";
      if (hidden || typeof requestAnimationFrame !== "function") {
        setTimeout(resolve);
        return;
      }
      const limit = setTimeout(resolve, PAINT_WAIT_LIMIT_MS);
      requestAnimationFrame(() =>
        setTimeout(() => {
          clearTimeout(limit);
          resolve();
        }),
      );
    }),
  );
}
