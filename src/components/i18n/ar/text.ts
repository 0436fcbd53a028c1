import { pluralOf } from "../plural";

/** Arabic's six plural categories (zero, one, two, few, many, other), through `Intl.PluralRules("ar")`. */
export const plural = pluralOf("ar");

/**
 * A name, address or list set apart from the Arabic around it (Unicode first-strong isolate), so
 * that a Latin name or an email address keeps its own direction inside right-to-left text.
 */
export const isolate = (text: string | number) => `\u2068${text}\u2069`;

/** "N days", as the object of a duration ("valid for …"). */
export const days = (count: number) =>
  plural(count, {
    zero: `${count} يوم`,
    one: "يوم واحد",
    two: "يومين",
    few: `${count} أيام`,
    many: `${count} يومًا`,
    other: `${count} يوم`,
  });
