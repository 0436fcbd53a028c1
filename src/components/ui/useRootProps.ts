import { useI18n } from "../i18n/I18nContext";

/**
 * Attributes for the outermost element of every styled component, and of every portal (dialogs
 * and menus render outside the component's tree): `data-rum` scopes our CSS variables and rules so
 * nothing leaks into the host page, and `dir` follows the locale (right-to-left works).
 */
export function useRootProps(): { "data-rum": ""; dir: "ltr" | "rtl" } {
  return { "data-rum": "", dir: useI18n().dir };
}
