import { UserManagementError } from "../core/errors";
import { hasControlCharacter, MAX_ID_LENGTH } from "../core/limits";
import type { SortDirection, UserSort, UserSortField } from "./contract";

/**
 * R1: where keyset paging resumes: the sort it was made for, and the (sort key, id) of the row it
 * stands for. The key is the backend's own reading of the sort column (`null` for a user who never
 * logged in, when the backend keeps it so); only the backend that made a cursor reads it.
 */
export interface ListCursor {
  field: UserSortField;
  direction: SortDirection;
  key: string | null;
  id: string;
}

/** Which way a cursor pages: `after` reads the next page, `before` the previous one. */
export type CursorSide = "after" | "before";

/** R31: the longest cursor accepted, in characters (a key is a name, an email or a date). */
export const MAX_CURSOR_LENGTH = 1_000;

/** The user list's order when a request names none. */
export const DEFAULT_USER_SORT: UserSort = { field: "name", direction: "asc" };

const FORMAT = 1;
const BASE64URL = /^[A-Za-z0-9_-]+$/;
const FIELDS: readonly UserSortField[] = ["name", "email", "lastLoginAt", "role", "status", "createdAt"];

/** Encodes a cursor as base64url text: opaque to callers, safe in a query string. */
export function encodeListCursor(cursor: ListCursor): string {
  const json = JSON.stringify([FORMAT, cursor.field, cursor.direction, cursor.key, cursor.id]);
  let binary = "";
  for (const byte of new TextEncoder().encode(json)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** R31: the 422 every unreadable cursor gets, naming the parameter. */
export function cursorError(side: CursorSide, reason: string): UserManagementError {
  const message = `${side} is not a cursor of this list (${reason}): pass a nextCursor or prevCursor of the same list, or page by number.`;
  return new UserManagementError("validation", message, { fieldErrors: { [side]: message } });
}

/** R31: a cursor's text as a query string carries it: base64url, bounded. Empty when acceptable. */
export function cursorTextProblem(text: string): string | undefined {
  if (text.length === 0 || text.length > MAX_CURSOR_LENGTH) return `1 to ${MAX_CURSOR_LENGTH} characters`;
  return BASE64URL.test(text) ? undefined : "not base64url text";
}

function decodeText(text: string): unknown {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
}

const isKey = (key: unknown): key is string | null =>
  key === null || (typeof key === "string" && key.length <= MAX_CURSOR_LENGTH && !hasControlCharacter(key));

/**
 * R1, R31: reads a cursor made by {@link encodeListCursor} for the list sorted by `sort`. Garbage, a
 * forged shape or a cursor of another sort is refused with `validation` (422) naming `side`, never
 * reaching a query. A well-formed cursor only places the page within the caller's own list: every
 * backend still scopes the query to the caller's account (R28).
 */
export function decodeListCursor(text: string, side: CursorSide, sort: UserSort = DEFAULT_USER_SORT): ListCursor {
  const problem = cursorTextProblem(text);
  if (problem) throw cursorError(side, problem);
  let value: unknown;
  try {
    value = decodeText(text);
  } catch {
    throw cursorError(side, "unreadable");
  }
  if (!Array.isArray(value) || value.length !== 5 || value[0] !== FORMAT) throw cursorError(side, "unknown format");
  const [, field, direction, key, id] = value as unknown[];
  if (!FIELDS.includes(field as UserSortField) || (direction !== "asc" && direction !== "desc")) {
    throw cursorError(side, "unknown sort");
  }
  if (field !== sort.field || direction !== sort.direction) throw cursorError(side, "made for another sort");
  if (!isKey(key)) throw cursorError(side, "bad key");
  if (typeof id !== "string" || id === "" || id.length > MAX_ID_LENGTH || hasControlCharacter(id)) {
    throw cursorError(side, "bad id");
  }
  return { field, direction, key, id } as ListCursor;
}

/** The cursor a list request pages from, if any; both at once is refused. */
export function requestedCursor(query: {
  after?: string;
  before?: string;
  sort?: UserSort;
}): { side: CursorSide; cursor: ListCursor } | undefined {
  if (query.after !== undefined && query.before !== undefined) {
    throw cursorError("before", "after and before cannot both be given");
  }
  const side: CursorSide | undefined =
    query.after !== undefined ? "after" : query.before !== undefined ? "before" : undefined;
  if (!side) return undefined;
  return { side, cursor: decodeListCursor(query[side] as string, side, query.sort ?? DEFAULT_USER_SORT) };
}
