/**
 * Typed errors: every adapter (memory, REST, your own) throws these, so the UI can say what went
 * wrong and what to do without parsing messages.
 */
export type UserManagementErrorCode =
  | "forbidden"
  | "not_found"
  | "conflict"
  | "validation"
  | "last_owner"
  | "self_action"
  | "seat_limit"
  | "plan_required"
  | "invitation_expired"
  | "invitation_invalid"
  | "reauthentication_failed"
  | "access_revoked"
  | "access_suspended"
  | "network"
  | "timeout"
  | "unavailable"
  | "not_implemented"
  | "malformed_response";

/** Field name → what is wrong with it, for inline form errors. */
export type FieldErrors = Readonly<Record<string, string>>;

/** Extra, code-specific facts carried by an error. */
export interface UserManagementErrorDetails {
  /** `validation`: what is wrong with each field. */
  fieldErrors?: FieldErrors;
  /** `conflict`: the record as it is now on the server (R25), so a form can show fresh data. */
  current?: unknown;
  /** `network`, `timeout`, `unavailable`, `malformed_response`: the underlying failure. */
  cause?: unknown;
  /**
   * `unavailable`: how long the server asked to wait before trying again (its `Retry-After`), in
   * milliseconds; absent when it did not say.
   */
  retryAfterMs?: number;
}

/** The one error type of the library. Check `code`, never `message`. */
export class UserManagementError extends Error {
  override readonly name = "UserManagementError";
  readonly code: UserManagementErrorCode;
  readonly fieldErrors: FieldErrors | undefined;
  readonly current: unknown;
  /** `unavailable`: the wait the server asked for before trying again (`Retry-After`), in ms. */
  readonly retryAfterMs: number | undefined;

  constructor(code: UserManagementErrorCode, message: string, details: UserManagementErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    this.fieldErrors = details.fieldErrors;
    this.current = details.current;
    this.retryAfterMs = details.retryAfterMs;
  }
}

/** Narrows an unknown thrown value, optionally to one code. */
export function isUserManagementError(value: unknown, code?: UserManagementErrorCode): value is UserManagementError {
  // Duck-typed as well as instanceof: two copies of the library (ESM + CJS) may meet in one app.
  const isOne =
    value instanceof UserManagementError ||
    (value instanceof Error &&
      value.name === "UserManagementError" &&
      typeof (value as { code?: unknown }).code === "string");
  return isOne && (code === undefined || (value as UserManagementError).code === code);
}

/** Codes that may succeed when the same request is sent again: the network, a deadline, a fault. */
const RETRYABLE_CODES: readonly UserManagementErrorCode[] = ["network", "timeout", "unavailable"];

/** Whether sending the same request again may succeed (R31: faults are retryable, refusals are not). */
export function isRetryableError(error: unknown): boolean {
  return isUserManagementError(error) && RETRYABLE_CODES.includes(error.code);
}

/** Turns anything thrown into a UserManagementError, keeping the original as the cause. */
export function toUserManagementError(value: unknown): UserManagementError {
  if (isUserManagementError(value)) return value;
  if (value instanceof Error && value.name === "AbortError") {
    return new UserManagementError("network", "The request was cancelled.", { cause: value });
  }
  const message = value instanceof Error ? value.message : String(value);
  return new UserManagementError("unavailable", `Something went wrong: ${message}`, { cause: value });
}

/** Throws a `validation` error naming every field at fault, unless there is none. */
export function assertValid(fieldErrors: FieldErrors): void {
  const problems = Object.values(fieldErrors);
  if (problems.length > 0) throw new UserManagementError("validation", problems.join(" "), { fieldErrors });
}
