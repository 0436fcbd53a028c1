import { useEffect, useState } from "react";
import { afterPaint } from "../../hooks/afterPaint";

/**
 * Whether `ready` has been true and the browser has since painted a frame; once true, it stays
 * true. A page renders what is below its first list behind it, so that list's rows reach the
 * screen first and the rest follows a frame later, its own requests included.
 */
export function useAfterFirstPaint(ready: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!ready || painted) return;
    let mounted = true;
    void afterPaint().then(() => mounted && setPainted(true));
    return () => {
      mounted = false;
    };
  }, [ready, painted]);
  return painted;
}
