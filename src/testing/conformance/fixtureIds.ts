/** Ids of the conformance fixture's records, named for the part each plays in the tests. */
export const ADMIN = "admin-1";
export const SECOND_ADMIN = "admin-2";
export const PLAIN_USER = "user-1";
export const OTHER_USER = "user-2";
export const CUSTOM_USER = "custom-1";
export const SUSPENDED_USER = "suspended-1";
/** Only in the `delegated-manager` variant. */
export const DELEGATED_MANAGER = "manager-1";
export const PENDING_INVITATION = "invitation-pending";
export const EXPIRED_INVITATION = "invitation-expired";
export const EXTERNAL_USER = "external-1";
export const OTHER_EXTERNAL_USER = "external-2";

export const DAY_MS = 24 * 60 * 60 * 1000;
