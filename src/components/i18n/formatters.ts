/** Locale-aware formatting through `Intl`, created once per locale. */
export interface Formatters {
  /** "3 days ago", "in 2 hours", "yesterday". */
  relativeTime(date: Date | string, now?: Date): string;
  /** The exact date and time, for hover and focus text (R4). */
  dateTime(date: Date | string): string;
  /** 100000 → "100,000". */
  number(value: number): string;
  /** ["a", "b", "c"] → "a, b and c". */
  list(items: readonly string[]): string;
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
  ["second", 1],
];

/**
 * Builds the formatters of one locale. Each `Intl` formatter is made on its first use: the first
 * one of a page loads the locale's data, which costs tens of milliseconds, and a page that shows
 * no date yet should not pay for it before its first rows.
 */
export function createFormatters(locale: string): Formatters {
  const relative = lazily(() => new Intl.RelativeTimeFormat(locale, { numeric: "auto" }));
  const exact = lazily(() => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }));
  const lists = lazily(() => new Intl.ListFormat(locale, { type: "conjunction" }));
  const numbers = lazily(() => new Intl.NumberFormat(locale));
  return {
    relativeTime(date, now = new Date()) {
      const seconds = (new Date(date).getTime() - now.getTime()) / 1000;
      // The largest unit that fits; under a second is "now".
      const [unit, size] = UNITS.find(([, size]) => Math.abs(seconds) >= size) ?? ["second", 1];
      return relative().format(Math.round(seconds / size), unit);
    },
    dateTime: (date) => exact().format(new Date(date)),
    number: (value) => numbers().format(value),
    list: (items) => lists().format(items),
  };
}

/** The formatters of `locale`, made once per locale however many providers ask. */
export function formattersOf(locale: string): Formatters {
  let formatters = byLocale.get(locale);
  if (!formatters) {
    formatters = createFormatters(locale);
    byLocale.set(locale, formatters);
  }
  return formatters;
}

const byLocale = new Map<string, Formatters>();

/** `make()`'s result, made on the first call. */
function lazily<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= make();
    return value;
  };
}
