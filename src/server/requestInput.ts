import * as v from "valibot";
import type { UserSortField } from "../adapter/contract";
import { cursorTextProblem } from "../adapter/listCursor";
import { assertValid, type FieldErrors, UserManagementError } from "../core/errors";
import { hasControlCharacter, MAX_PAGE, validateId, validateSearch } from "../core/limits";
import { MAX_PAGE_SIZE } from "../core/paging";
import type { UserStatus } from "../core/types";
import type { UserListQuery } from "./store";

const SORT_FIELDS: readonly UserSortField[] = ["name", "email", "lastLoginAt", "role", "status", "createdAt"];
const STATUSES: readonly UserStatus[] = ["active", "suspended", "revoked"];

// The contract nests a record's own fields in `changes` (an update) and `invitee` (a replacement);
// core, the forms and the conformance suite name them plainly. One name per field, whoever finds it.
const FIELD_WRAPPERS = new Set(["changes", "invitee"]);

/** Field errors keyed by where the issue is (`firstName`, `invitees[1].email`, `version`). */
function fieldErrorsOf(issues: readonly v.BaseIssue<unknown>[]): FieldErrors {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path ?? [];
    const keys = path.length > 1 && FIELD_WRAPPERS.has(String(path[0]?.key)) ? path.slice(1) : path;
    let place = "";
    for (const item of keys) {
      place += typeof item.key === "number" ? `[${item.key}]` : `${place ? "." : ""}${String(item.key)}`;
    }
    errors[place || "body"] ??= issue.received === "undefined" ? "Required." : issue.message;
  }
  return errors;
}

/**
 * Parses and validates a JSON body (as read by `readGuardedBody`); a body that is not JSON or not of
 * the contract's shape is `validation`. An empty body stands for `{}`: a status change needs no version.
 */
export function readBody<Schema extends v.GenericSchema>(text: string, schema: Schema): v.InferOutput<Schema> {
  let json: unknown;
  try {
    json = text === "" ? {} : JSON.parse(text);
  } catch {
    throw new UserManagementError("validation", "The request body is not valid JSON.", {
      fieldErrors: { body: "The request body is not valid JSON." },
    });
  }
  // Every body of the contract is an object; Valibot's `object` would take an array for `{}`.
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    const message = 'The request body must be a JSON object, such as { "version": 1 }.';
    throw new UserManagementError("validation", message, { fieldErrors: { body: message } });
  }
  const result = v.safeParse(schema, json);
  if (result.success) return result.output;
  const fieldErrors = fieldErrorsOf(result.issues);
  throw new UserManagementError(
    "validation",
    `The request body does not follow the contract: ${Object.entries(fieldErrors)
      .map(([field, problem]) => `${field}: ${problem}`)
      .join("; ")}`,
    { fieldErrors },
  );
}

/** R31: the path's id, refused (422, field `id`) when empty, too long or holding a control character. */
export function readPathId(id: string): string {
  assertValid(validateId("id", id));
  return id;
}

/** A query value as a message may quote it: never a control character, never a whole megabyte. */
function quoted(raw: string): string {
  if (hasControlCharacter(raw)) return "a value with control characters";
  return `“${raw.length > 40 ? `${raw.slice(0, 40)}…` : raw}”`;
}

/** R31: a whole number within `[min, max]`, in decimal digits: `1e3`, `0x10`, ` 7` and `2.0` are refused. */
function integer(
  query: URLSearchParams,
  name: string,
  [min, max]: readonly [number, number],
  errors: Record<string, string>,
): number | undefined {
  const raw = query.get(name);
  if (raw === null) return undefined;
  const value = /^\d{1,16}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    errors[name] = `${name} must be a whole number from ${min} to ${max}, got ${quoted(raw)}.`;
    return undefined;
  }
  return value;
}

function assertNoErrors(errors: Record<string, string>): void {
  if (Object.keys(errors).length > 0) {
    throw new UserManagementError("validation", Object.values(errors).join(" "), { fieldErrors: errors });
  }
}

const PAGE_RANGE = [1, MAX_PAGE] as const;
const PAGE_SIZE_RANGE = [1, MAX_PAGE_SIZE] as const;

/** `?page=&pageSize=` of the smaller lists; absent values are left to the operation's defaults. */
export function readPaging(query: URLSearchParams): { page?: number; pageSize?: number } {
  const errors: Record<string, string> = {};
  const paging = {
    page: integer(query, "page", PAGE_RANGE, errors),
    pageSize: integer(query, "pageSize", PAGE_SIZE_RANGE, errors),
  };
  assertNoErrors(errors);
  return paging;
}

/** R31: a repeated filter (`roleId`, `status`) names each value once at most this often. */
const MAX_FILTER_VALUES = 100;

/**
 * R1, R31: `after` / `before`, a list cursor as text (base64url, bounded); what it holds is read by
 * the store, which refuses one it did not make. Never both.
 */
function readCursors(query: URLSearchParams, errors: Record<string, string>): { after?: string; before?: string } {
  const cursors: { after?: string; before?: string } = {};
  for (const side of ["after", "before"] as const) {
    const raw = query.get(side);
    if (raw === null) continue;
    const problem = cursorTextProblem(raw);
    if (problem) errors[side] = `${side} must be a list cursor (${problem}), got ${quoted(raw)}.`;
    else cursors[side] = raw;
  }
  if (query.has("after") && query.has("before")) errors.before = "Give after or before, not both.";
  return cursors;
}

/** R1: the user list's query string: paging, search, sort, repeated `roleId`/`status` filters, a cursor. */
export function readUserListQuery(query: URLSearchParams): UserListQuery {
  const errors: Record<string, string> = {};
  const page = integer(query, "page", PAGE_RANGE, errors) ?? 1;
  const pageSize = integer(query, "pageSize", PAGE_SIZE_RANGE, errors) ?? 50;
  const field = query.get("sort");
  const direction = query.get("direction") ?? "asc";
  if (field !== null && !SORT_FIELDS.includes(field as UserSortField)) {
    errors.sort = `sort must be one of ${SORT_FIELDS.join(", ")}, got ${quoted(field)}.`;
  }
  if (direction !== "asc" && direction !== "desc") {
    errors.direction = `direction must be asc or desc, got ${quoted(direction)}.`;
  }
  const search = query.get("search") ?? undefined;
  Object.assign(errors, validateSearch(search));
  const roleIds = query.getAll("roleId");
  const badRoleId = roleIds.map((roleId) => validateId("roleId", roleId).roleId).find(Boolean);
  if (badRoleId) errors.roleId = badRoleId;
  if (roleIds.length > MAX_FILTER_VALUES) errors.roleId = `Filter by at most ${MAX_FILTER_VALUES} roles.`;
  const statuses = query.getAll("status");
  const unknown = statuses.filter((status) => !STATUSES.includes(status as UserStatus));
  if (unknown.length > 0) {
    errors.status = `status must be one of ${STATUSES.join(", ")}, got ${unknown.slice(0, 3).map(quoted).join(", ")}.`;
  }
  if (statuses.length > MAX_FILTER_VALUES) errors.status = `Filter by at most ${MAX_FILTER_VALUES} statuses.`;
  const cursors = readCursors(query, errors);
  assertNoErrors(errors);
  return {
    ...cursors,
    page,
    pageSize,
    search,
    sort: field === null ? undefined : { field: field as UserSortField, direction: direction as "asc" | "desc" },
    roleIds,
    statuses: statuses as UserStatus[],
  };
}
