import type { CSSProperties } from "react";

/**
 * Hidden on screen, read by screen readers. Inline so it holds even without our stylesheet
 * (components work unstyled); styles.css reveals tooltips on hover and focus.
 */
export const visuallyHidden: CSSProperties = {
  position: "absolute",
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: "hidden",
  clip: "rect(0 0 0 0)",
  whiteSpace: "nowrap",
  border: 0,
};
