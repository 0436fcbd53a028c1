/** The forms of one message by plural category; the categories a form leaves out fall back to `other`. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * The plural chooser of a locale, through its `Intl.PluralRules`: Arabic has six categories
 * (zero, one, two, few, many, other), Japanese and Chinese one.
 *
 * @example
 * ```ts
 * const plural = pluralOf("de");
 * plural(3, { one: "1 Platz", other: "3 Plätze" }); // "3 Plätze"
 * ```
 */
export function pluralOf(locale: string) {
  const rules = new Intl.PluralRules(locale);
  return (count: number, forms: PluralForms): string => forms[rules.select(count)] ?? forms.other;
}
