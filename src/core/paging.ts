import { assertValid, type FieldErrors } from "./errors";
import { MAX_PAGE } from "./limits";

/** Largest page any list returns; keeps one request bounded even on a 100,000-user account (R1). */
export const MAX_PAGE_SIZE = 200;

/** Checks a 1-based page and a page size; returns field errors, empty when valid. */
export function validatePaging(page: number, pageSize: number): FieldErrors {
  const errors: Record<string, string> = {};
  // R31: bounded above too, so that no offset overflows a database's integers.
  if (!Number.isInteger(page) || page < 1 || page > MAX_PAGE) {
    errors.page = `The page must be a whole number from 1 to ${MAX_PAGE}, got ${page}.`;
  }
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    errors.pageSize = `The page size must be a whole number from 1 to ${MAX_PAGE_SIZE}, got ${pageSize}.`;
  }
  return errors;
}

/** Page size of the smaller lists (invitations, external users) when the caller names none. */
export const DEFAULT_LIST_PAGE_SIZE = 50;

/** Slices one page out of a whole list, after checking the paging (validation error otherwise). */
export function pageOf<T>(
  items: readonly T[],
  page = 1,
  pageSize: number = DEFAULT_LIST_PAGE_SIZE,
): { items: T[]; total: number } {
  assertValid(validatePaging(page, pageSize));
  const start = (page - 1) * pageSize;
  return { items: items.slice(start, start + pageSize), total: items.length };
}
