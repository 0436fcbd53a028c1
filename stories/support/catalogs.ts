import type { Messages } from "../../src/components/i18n";
import { ar } from "../../src/locales/ar";
import { de } from "../../src/locales/de";
import { es } from "../../src/locales/es";
import { fr } from "../../src/locales/fr";
import { ja } from "../../src/locales/ja";
import { ptBR } from "../../src/locales/pt-BR";
import { zhCN } from "../../src/locales/zh-CN";

/** The catalogs that ship besides English, by the locale each entry is named after. */
const CATALOGS: Readonly<Record<string, Messages>> = { fr, de, es, "pt-BR": ptBR, ja, "zh-CN": zhCN, ar };

/** The catalog of a locale ("fr-CA" falls back to "fr"); `undefined` for English. */
export function catalogFor(locale: string): Messages | undefined {
  return CATALOGS[locale] ?? CATALOGS[locale.split("-")[0] ?? ""];
}

/** The languages of the toolbar, each named in itself. */
export const LOCALE_ITEMS = [
  { value: "en", title: "English" },
  { value: "fr", title: "Français" },
  { value: "de", title: "Deutsch" },
  { value: "es", title: "Español" },
  { value: "pt-BR", title: "Português (Brasil)" },
  { value: "ja", title: "日本語" },
  { value: "zh-CN", title: "简体中文" },
  { value: "ar", title: "العربية" },
];
