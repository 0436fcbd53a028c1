import { useI18n } from "../i18n/I18nContext";
import { type Theme, useTheme } from "./theme";

/**
 * Attributes for the outermost element of every styled component, and of every portal (dialogs
 * and menus render outside the component's tree): `data-rum` scopes our CSS variables and rules so
 * nothing leaks into the host page, `dir` follows the locale (right-to-left works), and
 * `data-theme` carries the page's `theme` prop, so dialogs and menus follow it too.
 */
export function useRootProps(): { "data-rum": ""; dir: "ltr" | "rtl"; "data-theme": Theme | undefined } {
  return { "data-rum": "", dir: useI18n().dir, "data-theme": useTheme() };
}
