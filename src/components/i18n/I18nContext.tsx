import { createContext, type ReactNode, useContext, useMemo } from "react";
import { en } from "./en";
import { type Formatters, formattersOf } from "./formatters";
import { mergeMessages } from "./mergeMessages";
import type { MessageOverrides, Messages } from "./types";

/** What every component reads: the locale, its writing direction, its strings and formatters. */
export interface I18n {
  locale: string;
  dir: "ltr" | "rtl";
  messages: Messages;
  format: Formatters;
}

/** Props of {@link I18nProvider}. */
export interface I18nProviderProps {
  /** A BCP 47 locale for dates and numbers, e.g. "fr" or "ar". Defaults to "en". */
  locale?: string;
  /** The catalog to use, e.g. `fr` from `react-user-management/locales/fr`. Defaults to English. */
  messages?: Messages;
  /** Single messages to replace, over the catalog. */
  overrides?: MessageOverrides;
  /** Writing direction; defaults to the locale's (right-to-left for Arabic, Hebrew, Persian, Urdu). */
  dir?: "ltr" | "rtl";
  children?: ReactNode;
}

/** Languages written right to left: Arabic, Hebrew, Persian, Urdu, Pashto, Yiddish, Dhivehi, Sorani. */
const RTL_LANGUAGES = /^(ar|he|fa|ur|ps|yi|dv|ckb)\b/i;

const defaultI18n: I18n = { locale: "en", dir: "ltr", messages: en, format: /* @__PURE__ */ formattersOf("en") };
const I18nContext = /* @__PURE__ */ createContext<I18n>(defaultI18n);

/** Sets the language of every component below it. Without it, components speak English. */
export function I18nProvider({ locale = "en", messages = en, overrides, dir, children }: I18nProviderProps) {
  const value = useMemo<I18n>(
    () => ({
      locale,
      dir: dir ?? (RTL_LANGUAGES.test(locale) ? "rtl" : "ltr"),
      messages: mergeMessages(messages, overrides),
      format: formattersOf(locale),
    }),
    [locale, messages, overrides, dir],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current locale, direction, messages and formatters. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
