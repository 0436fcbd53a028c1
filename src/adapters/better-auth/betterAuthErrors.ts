import { UserManagementError, type UserManagementErrorCode } from "../../core/errors";

/** What a Better Auth API error carries: its HTTP status and `{ code, message }` body. */
export interface BetterAuthApiError {
  statusCode: number;
  code: string | undefined;
  message: string;
}

/**
 * Reads a Better Auth `APIError` (better-call's), duck-typed rather than by `instanceof`: the host's
 * copy of Better Auth is not ours to import. `undefined` for anything else (a database fault).
 */
export function readBetterAuthError(error: unknown): BetterAuthApiError | undefined {
  if (!(error instanceof Error) || error.name !== "APIError") return undefined;
  const { statusCode, body } = error as Error & { statusCode?: unknown; body?: { code?: unknown; message?: unknown } };
  if (typeof statusCode !== "number") return undefined;
  const code = typeof body?.code === "string" ? body.code : undefined;
  const message = typeof body?.message === "string" && body.message !== "" ? body.message : error.message;
  return { statusCode, code, message };
}

/** Better Auth's error codes (organization plugin and core) and what each means in our domain. */
const CODES: Readonly<Record<string, UserManagementErrorCode>> = {
  // A refusal of Better Auth's own access control: `can()` should have refused first.
  YOU_ARE_NOT_ALLOWED_TO_UPDATE_THIS_MEMBER: "forbidden",
  YOU_ARE_NOT_ALLOWED_TO_DELETE_THIS_MEMBER: "forbidden",
  YOU_ARE_NOT_ALLOWED_TO_INVITE_USERS_TO_THIS_ORGANIZATION: "forbidden",
  YOU_ARE_NOT_ALLOWED_TO_INVITE_USER_WITH_THIS_ROLE: "forbidden",
  YOU_ARE_NOT_ALLOWED_TO_CANCEL_THIS_INVITATION: "forbidden",
  YOU_ARE_NOT_ALLOWED_TO_LIST_INVITATIONS: "forbidden",
  EMAIL_VERIFICATION_REQUIRED_BEFORE_ACCEPTING_OR_REJECTING_INVITATION: "forbidden",
  EMAIL_VERIFICATION_REQUIRED_FOR_INVITATION: "forbidden",
  // R10, R20: the viewer is no longer a member (removed), or has no organization or session.
  YOU_ARE_NOT_A_MEMBER_OF_THIS_ORGANIZATION: "access_revoked",
  NO_ACTIVE_ORGANIZATION: "access_revoked",
  // R19: Better Auth keeps one owner, under two messages.
  YOU_CANNOT_LEAVE_THE_ORGANIZATION_AS_THE_ONLY_OWNER: "last_owner",
  YOU_CANNOT_LEAVE_THE_ORGANIZATION_WITHOUT_AN_OWNER: "last_owner",
  MEMBER_NOT_FOUND: "not_found",
  USER_NOT_FOUND: "not_found",
  INVITATION_NOT_FOUND: "invitation_invalid",
  YOU_ARE_NOT_THE_RECIPIENT_OF_THE_INVITATION: "invitation_invalid",
  USER_IS_ALREADY_A_MEMBER_OF_THIS_ORGANIZATION: "conflict",
  USER_IS_ALREADY_INVITED_TO_THIS_ORGANIZATION: "conflict",
  // R1: Better Auth's own limits (membershipLimit, invitationLimit).
  ORGANIZATION_MEMBERSHIP_LIMIT_REACHED: "seat_limit",
  INVITATION_LIMIT_REACHED: "seat_limit",
  ROLE_NOT_FOUND: "validation",
  INVALID_EMAIL: "validation",
  VALIDATION_ERROR: "validation",
};

/** By HTTP status, for codes not in the table. */
function codeOfStatus(statusCode: number): UserManagementErrorCode {
  if (statusCode === 401) return "access_revoked";
  if (statusCode === 403) return "forbidden";
  if (statusCode === 404) return "not_found";
  if (statusCode === 409) return "conflict";
  if (statusCode === 429 || statusCode >= 500) return "unavailable";
  if (statusCode >= 400) return "validation";
  return "unavailable";
}

/**
 * Turns anything a Better Auth call threw into a `UserManagementError`: a Better Auth `APIError` by
 * its code (then its status), keeping Better Auth's message; anything else (a database fault, a
 * network error of the database driver) as `unavailable`, which the UI offers to retry (R31).
 */
export function fromBetterAuthError(error: unknown): UserManagementError {
  if (error instanceof UserManagementError) return error;
  const apiError = readBetterAuthError(error);
  if (!apiError) {
    const message = error instanceof Error ? error.message : String(error);
    return new UserManagementError("unavailable", `Better Auth could not answer: ${message}`, { cause: error });
  }
  const code = (apiError.code && CODES[apiError.code]) || codeOfStatus(apiError.statusCode);
  const message =
    code === "access_revoked" && apiError.statusCode === 401
      ? "Your session has ended. Sign in again."
      : code === "validation" && apiError.code === "ROLE_NOT_FOUND"
        ? `Better Auth does not know this role: ${apiError.message}`
        : apiError.message;
  const fieldErrors: Record<string, string> | undefined =
    code !== "validation"
      ? undefined
      : apiError.code === "ROLE_NOT_FOUND"
        ? { roleId: message }
        : apiError.code === "INVALID_EMAIL"
          ? { email: message }
          : undefined;
  return new UserManagementError(code, message, { cause: error, ...(fieldErrors ? { fieldErrors } : {}) });
}

/** Whether Better Auth answered this error code. */
export function isBetterAuthCode(error: unknown, code: string): boolean {
  return readBetterAuthError(error)?.code === code;
}
