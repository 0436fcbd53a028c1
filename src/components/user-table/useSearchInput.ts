import { startTransition, useEffect, useState } from "react";
import { afterPaint } from "../../hooks/afterPaint";
import type { SearchBehaviour } from "./useSearchBehaviour";

/** How long typing must pause before a debounced search reaches the adapter: one request, not one per key (R1). */
export const SEARCH_DEBOUNCE_MS = 250;

/**
 * The search box's text, shown as typed at once, and when it reaches the list (R1): `applied` is
 * the list's search, `apply` sets it. `debounced`: once typing has paused for
 * {@link SEARCH_DEBOUNCE_MS}, one request per pause. `as-typed`: once the frame showing each change
 * is painted, as a React transition, so a keystroke renders and paints only the box and the rows
 * follow without waiting for a pause (keys typed within one frame make one search).
 */
export function useSearchInput(
  applied: string,
  apply: (search: string) => void,
  behaviour: SearchBehaviour,
): [typed: string, setTyped: (text: string) => void] {
  const [typed, setTyped] = useState(applied);
  useEffect(() => {
    if (typed === applied) return;
    if (behaviour === "as-typed") {
      // After the frame that shows the keystroke: the search and its rows never delay the echo.
      let isCurrent = true;
      void afterPaint().then(() => isCurrent && startTransition(() => apply(typed)));
      return () => {
        isCurrent = false;
      };
    }
    const timer = setTimeout(() => apply(typed), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [typed, applied, apply, behaviour]);
  return [typed, setTyped];
}
