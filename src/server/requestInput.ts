import * as v from "valibot";
import type { UserSortField } from "../adapter/contract";
import { type FieldErrors, UserManagementError } from "../core/errors";
import type { UserStatus } from "../core/types";
import type { UserListQuery } from "./store";

const SORT_FIELDS: readonly UserSortField[] = ["name", "email", "lastLoginAt", "role", "status", "createdAt"];
const STATUSES: readonly UserStatus[] = ["active", "suspended", "revoked"];

/** Field errors keyed by where the issue is (`changes.email`, `invitees[1].email`). */
function fieldErrorsOf(issues: readonly v.BaseIssue<unknown>[]): FieldErrors {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    let place = "";
    for (const item of issue.path ?? []) {
      place += typeof item.key === "number" ? `[${item.key}]` : `${place ? "." : ""}${String(item.key)}`;
    }
    errors[place || "body"] ??= issue.received === "undefined" ? "Required." : issue.message;
  }
  return errors;
}

/** Reads and validates a JSON body; a body that is not JSON or not of the contract's shape is `validation`. */
export async function readBody<Schema extends v.GenericSchema>(
  request: Request,
  schema: Schema,
): Promise<v.InferOutput<Schema>> {
  let json: unknown;
  try {
    const text = await request.text();
    json = text === "" ? {} : JSON.parse(text);
  } catch {
    throw new UserManagementError("validation", "The request body is not valid JSON.", {
      fieldErrors: { body: "The request body is not valid JSON." },
    });
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

function integer(query: URLSearchParams, name: string, errors: Record<string, string>): number | undefined {
  const raw = query.get(name);
  if (raw === null) return undefined;
  const value = Number(raw);
  if (raw.trim() === "" || !Number.isInteger(value)) errors[name] = `${name} must be a whole number, got “${raw}”.`;
  return value;
}

function assertNoErrors(errors: Record<string, string>): void {
  if (Object.keys(errors).length > 0) {
    throw new UserManagementError("validation", Object.values(errors).join(" "), { fieldErrors: errors });
  }
}

/** `?page=&pageSize=` of the smaller lists; absent values are left to the operation's defaults. */
export function readPaging(query: URLSearchParams): { page?: number; pageSize?: number } {
  const errors: Record<string, string> = {};
  const paging = { page: integer(query, "page", errors), pageSize: integer(query, "pageSize", errors) };
  assertNoErrors(errors);
  return paging;
}

/** R1: the user list's query string: paging, search, sort and repeated `roleId`/`status` filters. */
export function readUserListQuery(query: URLSearchParams): UserListQuery {
  const errors: Record<string, string> = {};
  const page = integer(query, "page", errors) ?? 1;
  const pageSize = integer(query, "pageSize", errors) ?? 50;
  const field = query.get("sort");
  const direction = query.get("direction") ?? "asc";
  if (field !== null && !SORT_FIELDS.includes(field as UserSortField)) {
    errors.sort = `sort must be one of ${SORT_FIELDS.join(", ")}, got “${field}”.`;
  }
  if (direction !== "asc" && direction !== "desc")
    errors.direction = `direction must be asc or desc, got “${direction}”.`;
  const statuses = query.getAll("status");
  const unknown = statuses.filter((status) => !STATUSES.includes(status as UserStatus));
  if (unknown.length > 0) errors.status = `status must be one of ${STATUSES.join(", ")}, got “${unknown.join(", ")}”.`;
  assertNoErrors(errors);
  return {
    page,
    pageSize,
    search: query.get("search") ?? undefined,
    sort: field === null ? undefined : { field: field as UserSortField, direction: direction as "asc" | "desc" },
    roleIds: query.getAll("roleId"),
    statuses: statuses as UserStatus[],
  };
}
