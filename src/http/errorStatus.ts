import type { SERVER_ERROR_CODES } from "./schemas";

/** An error code the server answers with. */
export type ServerErrorCode = (typeof SERVER_ERROR_CODES)[number];

/**
 * The HTTP status of each error code. Clients read the `code` of the body, never the status alone;
 * the status lets proxies, logs and generic HTTP tooling tell the kinds of failure apart.
 * `access_revoked` is 403 for a known caller whose access was removed (R10, R20), and 401 when the
 * request carries no session at all; `access_suspended` is 403 for a caller suspended by an admin (R10).
 */
export const ERROR_STATUS: Readonly<Record<ServerErrorCode, number>> = {
  validation: 422,
  forbidden: 403,
  self_action: 403,
  plan_required: 403,
  seat_limit: 403,
  reauthentication_failed: 403,
  access_revoked: 403,
  access_suspended: 403,
  not_found: 404,
  invitation_invalid: 404,
  conflict: 409,
  last_owner: 409,
  invitation_expired: 410,
  not_implemented: 501,
  unavailable: 503,
};
