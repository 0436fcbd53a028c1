import { createContext, useContext } from "react";

/**
 * The colour theme of the components: `light` (the default), `dark`, or `system` (follows the
 * operating system's preference). Set on each styled root and portal as `data-theme`.
 */
export type Theme = "light" | "dark" | "system";

/** The theme a page asked for; `undefined` leaves it to a `data-theme` / `.dark` ancestor (else light). */
export const ThemeContext = /* @__PURE__ */ createContext<Theme | undefined>(undefined);

/** The theme of the enclosing page, if it set one. */
export const useTheme = () => useContext(ThemeContext);
