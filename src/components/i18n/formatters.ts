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

/** Builds the formatters of one locale. */
export function createFormatters(locale: string): Formatters {
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  const exact = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  const lists = new Intl.ListFormat(locale, { type: "conjunction" });
  return {
    relativeTime(date, now = new Date()) {
      const seconds = (new Date(date).getTime() - now.getTime()) / 1000;
      // The largest unit that fits; under a second is "now".
      const [unit, size] = UNITS.find(([, size]) => Math.abs(seconds) >= size) ?? ["second", 1];
      return relative.format(Math.round(seconds / size), unit);
    },
    dateTime: (date) => exact.format(new Date(date)),
    // NumberFormat's `format` comes bound to its formatter.
    number: new Intl.NumberFormat(locale).format,
    list: (items) => lists.format(items),
  };
}
