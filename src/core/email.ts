import type { FieldErrors } from "./errors";
import { hasControlCharacter, MAX_EMAIL_LENGTH, MAX_NAME_LENGTH, validateText } from "./limits";

// Deliberately simple: one @, no spaces, a dot in the domain. Deliverability is the server's job.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/**
 * R2: the one comparison key for an email, used by every store (the memory adapter's map, the
 * PostgreSQL store's unique `email_key` column): trimmed, NFC-normalised and case-folded. Show the
 * typed form, compare this. Upper-casing before lower-casing folds what a plain lower-case keeps apart
 * (`σας` / `σασ`, `ß` / `SS`), and databases' own `lower()` disagrees with JavaScript's on such text,
 * which is why stores keep this key rather than computing one in SQL.
 */
export function normalizeEmail(email: string): string {
  return email.trim().normalize("NFC").toUpperCase().toLowerCase();
}

/** R2: `null` when the address is acceptable, otherwise a human message saying what is wrong. */
export function validateEmail(email: string): string | null {
  const trimmed = email.trim();
  if (trimmed === "") return "Enter an email address.";
  if (hasControlCharacter(trimmed)) return "An email address cannot contain control characters.";
  if (trimmed.length > MAX_EMAIL_LENGTH) return `An email address has at most ${MAX_EMAIL_LENGTH} characters.`;
  if (!EMAIL_SHAPE.test(trimmed)) return `“${trimmed}” is not a valid email address.`;
  return null;
}

// Text between commas, semicolons and new lines; a quoted display name may hold one of those
// separators, as mail clients write it: `"Lovelace, Ada" <ada@example.com>`.
// A quote left open is an ordinary character, so it cannot swallow the rest of the list.
const LIST_SEGMENT = /(?:"[^"\n]*"|[^,;\n])+/g;

/**
 * R11: splits pasted text into addresses. Commas, semicolons, new lines and spaces separate them;
 * `Ada Lovelace <ada@example.com>` yields the address alone. Nothing is dropped silently: a token
 * that is not an address comes back as typed, so validation can report it.
 */
export function parseEmailList(text: string): string[] {
  return (text.match(LIST_SEGMENT) ?? []).flatMap((segment) => {
    const bracketed = [...segment.matchAll(/<([^<>]*)>/g)];
    if (bracketed.length > 0) return bracketed.map((match) => (match[1] ?? "").trim());
    return segment.split(/\s+/).filter((token) => token !== "");
  });
}

export { MAX_NAME_LENGTH };

/** Checks a profile change; returns field errors, empty when valid. Names may be empty. */
export function validateProfile(profile: { firstName?: string; lastName?: string; email?: string }): FieldErrors {
  const errors: Record<string, string> = {};
  if (profile.email !== undefined) {
    const problem = validateEmail(profile.email);
    if (problem) errors.email = problem;
  }
  return {
    ...errors,
    ...validateText("firstName", profile.firstName, MAX_NAME_LENGTH, "A name"),
    ...validateText("lastName", profile.lastName, MAX_NAME_LENGTH, "A name"),
  };
}
