import type { FieldErrors } from "./errors";

/*
 * R31: every string and list the library accepts has one bound, stated here once. The HTTP schemas,
 * the server, the memory adapter and the forms all read these, so a value refused in one place is
 * refused everywhere, with the same message.
 */

/** Most a first or last name may hold; long enough for real names in any script (R26). */
export const MAX_NAME_LENGTH = 200;
/** Longest address RFC 5321 allows in practice. */
export const MAX_EMAIL_LENGTH = 254;
/** Longest record or role id accepted in a path, a body or a query. */
export const MAX_ID_LENGTH = 200;
/** Longest password accepted (new or current): far above any real one, far below a costly hash input. */
export const MAX_PASSWORD_LENGTH = 1000;
/** Longest search text of the user list. */
export const MAX_SEARCH_LENGTH = 200;
/** Most permissions one request may grant one by one (R5); a catalog is far smaller. */
export const MAX_GRANTS = 100;
/** Highest page number any list accepts: keeps offsets within what every database counts. */
export const MAX_PAGE = 1_000_000;

// C0 controls (NUL, tab, new line…) and DEL: never part of a name, an address, an id or a search.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;

/** Whether `value` holds a control character (R31). */
export function hasControlCharacter(value: string): boolean {
  return CONTROL_CHARACTER.test(value);
}

/**
 * R31: checks one piece of text against its bound and for control characters. Returns the problem
 * as a sentence, or `null` when the text is acceptable. `what` names the field in the sentence.
 */
export function textProblem(value: string, maxLength: number, what: string): string | null {
  if (hasControlCharacter(value)) return `${what} cannot contain control characters (such as NUL or a line break).`;
  if (value.length > maxLength) return `${what} has at most ${maxLength} characters.`;
  return null;
}

/** {@link textProblem} as field errors keyed by `field`: empty when the text is acceptable. */
export function validateText(field: string, value: string | undefined, maxLength: number, what: string): FieldErrors {
  if (value === undefined) return {};
  const problem = textProblem(value, maxLength, what);
  return problem ? { [field]: problem } : {};
}

/** R31: an id as a path, body or query carries it: not empty, bounded, no control characters. */
export function validateId(field: string, id: string): FieldErrors {
  if (id.trim() === "") return { [field]: "An id cannot be empty." };
  return validateText(field, id, MAX_ID_LENGTH, "An id");
}

/** R31: the user list's search text: bounded, no control characters. Empty when acceptable. */
export function validateSearch(search: string | undefined): FieldErrors {
  return validateText("search", search, MAX_SEARCH_LENGTH, "A search");
}
