export { en } from "./en";
export type { Formatters } from "./formatters";
export { createFormatters } from "./formatters";
export { type I18n, I18nProvider, type I18nProviderProps, useI18n } from "./I18nContext";
export { mergeMessages } from "./mergeMessages";
export type { CommonMessages, MessageOverrides, Messages } from "./types";
