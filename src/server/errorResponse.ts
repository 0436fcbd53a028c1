import { isUserManagementError, type UserManagementError } from "../core/errors";
import { ERROR_STATUS, type ServerErrorCode } from "../http/errorStatus";
import type { ErrorBody } from "../http/schemas";
import { isDatabaseFault } from "./databaseFaults";

const isServerCode = (code: string): code is ServerErrorCode => Object.hasOwn(ERROR_STATUS, code);

/** The contract's error response: status + `{ error: { code, message, fieldErrors?, current? } }`. */
export function errorResponse(error: UserManagementError, status?: number): Response {
  const code: ServerErrorCode = isServerCode(error.code) ? error.code : "unavailable";
  const body: ErrorBody = {
    error: {
      code,
      message: error.message,
      ...(error.fieldErrors ? { fieldErrors: { ...error.fieldErrors } } : {}),
      ...(error.current !== undefined ? { current: error.current } : {}),
    },
  };
  return Response.json(body, { status: status ?? ERROR_STATUS[code] });
}

/** A fault's answer: `unavailable` with a generic message, never the fault's details. */
const faultResponse = (message: string, status: number) =>
  Response.json({ error: { code: "unavailable", message } } satisfies ErrorBody, { status });

/**
 * Turns anything an operation threw into a response. Typed errors keep their code; a database
 * fault (R31: connection lost, timeout, server overloaded) is 503 `unavailable`, which clients may
 * retry, and so is a typed error no server answers with (`network`, `timeout`,
 * `malformed_response`: an adapter's own backend failed it); anything else is a fault of the server,
 * answered as 500 `unavailable`. Faults, typed `unavailable` errors included (a database deadline
 * passed), are reported to `onError`; the answer never carries their details.
 */
export function responseForThrown(thrown: unknown, onError: (error: unknown) => void): Response {
  if (isUserManagementError(thrown) && isServerCode(thrown.code)) {
    if (thrown.code === "unavailable") onError(thrown);
    return errorResponse(thrown);
  }
  onError(thrown);
  if (isDatabaseFault(thrown)) {
    return faultResponse("The database is not available right now. Try again in a moment.", 503);
  }
  if (isUserManagementError(thrown)) {
    return faultResponse("A service this server relies on is not available right now. Try again in a moment.", 503);
  }
  return faultResponse("Something went wrong on the server. Try again in a moment.", 500);
}
