import type { User } from "./types";

/**
 * Lower-cases and strips accents, so "jose" finds "José". R1's one fold: the memory adapter searches
 * with it, and the PostgreSQL store stores its search key and folds the search term with it (issue 11),
 * so every store finds the same users (PostgreSQL's lower() folds some scripts differently).
 */
export function foldForSearch(text: string): string {
  // Printable ASCII has no accents to strip; skipping NFKD there makes indexing 100,000 users faster.
  if (ASCII.test(text)) return text.toLowerCase();
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

const ASCII = /^[ -~]*$/;

/** `foldForSearch`, or a remembering stand-in for it. */
export type Fold = (text: string) => string;

/**
 * A `foldForSearch` that remembers what it folded. First and last names repeat across an account,
 * so a pass over 100,000 users folds each distinct name once instead of once per user. Bounded, and
 * held only for one pass (an index build, a scan): nothing stays beside the records.
 */
export function rememberingFold(limit = 8192): Fold {
  const folded = new Map<string, string>();
  return (text) => {
    let result = folded.get(text);
    if (result === undefined) {
      result = foldForSearch(text);
      if (folded.size >= limit) folded.clear();
      folded.set(text, result);
    }
    return result;
  };
}

/**
 * The folded "first last" that search and the name order read. Equal to folding the joined name:
 * decomposition, mark stripping and lower-casing (final sigma included) never look across a space.
 */
export function foldedName(user: Pick<User, "firstName" | "lastName">, fold: Fold = foldForSearch): string {
  return `${fold(user.firstName)} ${fold(user.lastName)}`;
}

/**
 * R1: the key of the user list's name order, compared as a plain string (then by id): the folded
 * "first last", trimmed, or the lower-cased email for a user without a name. The memory adapter sorts
 * by it; the PostgreSQL store stores it (`name_key`) and sorts by it, so every store lists the same
 * users in the same order. `fold` may be a remembering one, for a pass over many users.
 */
export function nameSortKey(user: Pick<User, "firstName" | "lastName" | "email">, fold: Fold = foldForSearch): string {
  return foldedName(user, fold).trim() || user.email.toLowerCase();
}
