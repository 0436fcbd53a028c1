import type { FieldErrors } from "./errors";

/** Longest address RFC 5321 allows in practice. */
const MAX_EMAIL_LENGTH = 254;
// Deliberately simple: one @, no spaces, a dot in the domain. Deliverability is the server's job.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** R2: the comparison key for an email: trimmed and lower-cased. Show the typed form, compare this. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** R2: `null` when the address is acceptable, otherwise a human message saying what is wrong. */
export function validateEmail(email: string): string | null {
  const trimmed = email.trim();
  if (trimmed === "") return "Enter an email address.";
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

/** Most a first or last name may hold; long enough for real names in any script (R26). */
export const MAX_NAME_LENGTH = 200;

/** Checks a profile change; returns field errors, empty when valid. Names may be empty. */
export function validateProfile(profile: { firstName?: string; lastName?: string; email?: string }): FieldErrors {
  const errors: Record<string, string> = {};
  if (profile.email !== undefined) {
    const problem = validateEmail(profile.email);
    if (problem) errors.email = problem;
  }
  for (const field of ["firstName", "lastName"] as const) {
    const value = profile[field];
    if (value !== undefined && value.length > MAX_NAME_LENGTH) {
      errors[field] = `A name has at most ${MAX_NAME_LENGTH} characters.`;
    }
  }
  return errors;
}
