import { useCallback, useInsertionEffect, useRef } from "react";

/**
 * A function that keeps its identity for the component's life and calls the latest `handler`: an
 * event prop for memoised children (the rows), which a new closure every render would re-render.
 * Only for events: it must not be called while rendering.
 */
export function useStableHandler<Args extends unknown[], Result>(
  handler: (...args: Args) => Result,
): (...args: Args) => Result {
  const latest = useRef(handler);
  // Updated as the render commits, never during it: a render React throws away leaves no trace.
  // The insertion effect runs before any layout effect or event, and never on the server.
  useInsertionEffect(() => {
    latest.current = handler;
  });
  return useCallback((...args: Args) => latest.current(...args), []);
}
