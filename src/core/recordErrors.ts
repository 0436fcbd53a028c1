import { UserManagementError } from "./errors";

/** `not_found` for a record that does not exist (or no longer does). */
export function notFoundError(what: string, id: string): UserManagementError {
  return new UserManagementError("not_found", `No ${what} with id “${id}”.`);
}

/** R25: `conflict` for a change based on an old version, carrying the record as it is now. */
export function conflictError(current: { version: number }): UserManagementError {
  return new UserManagementError(
    "conflict",
    "Someone else changed this in the meantime. Review the current values and save again.",
    { current },
  );
}
