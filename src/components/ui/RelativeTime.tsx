import { useId } from "react";
import { useI18n } from "../i18n/I18nContext";
import { visuallyHidden } from "./visuallyHidden";

/** Props of {@link RelativeTime}. */
export interface RelativeTimeProps {
  /** ISO date-time; `null` shows `fallback`. */
  value: string | null;
  /** Shown when there is no date, e.g. "Never". */
  fallback?: string;
  /** "Now" for the relative text; defaults to the current time. */
  now?: Date;
}

/**
 * R4: a relative time ("3 days ago") whose exact date and time shows on hover and on keyboard
 * focus, and is read by screen readers as its description.
 */
export function RelativeTime({ value, fallback = "", now }: RelativeTimeProps) {
  const { format } = useI18n();
  const id = useId();
  if (value === null) return <span data-slot="relative-time">{fallback}</span>;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: focusable so keyboard users can reveal the exact time (R4)
    <time data-slot="relative-time" dateTime={value} tabIndex={0} aria-describedby={id}>
      {format.relativeTime(value, now)}
      <span data-slot="tooltip" role="tooltip" id={id} style={visuallyHidden}>
        {format.dateTime(value)}
      </span>
    </time>
  );
}
