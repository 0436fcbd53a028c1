import { startTransition, useEffect, useState } from "react";
import type { SearchBehaviour } from "./useSearchBehaviour";

/** How long typing must pause before a debounced search reaches the adapter: one request, not one per key (R1). */
export const SEARCH_DEBOUNCE_MS = 250;

/**
 * The search box's text, shown as typed at once, and when it reaches the list (R1): `applied` is
 * the list's search, `apply` sets it. `debounced`: once typing has paused for
 * {@link SEARCH_DEBOUNCE_MS}, one request per pause. `as-typed`: after every change, as a React
 * transition, so a keystroke renders only the box and the rows follow without waiting.
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
      startTransition(() => apply(typed));
      return;
    }
    const timer = setTimeout(() => apply(typed), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [typed, applied, apply, behaviour]);
  return [typed, setTyped];
}
