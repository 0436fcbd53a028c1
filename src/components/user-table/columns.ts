/** A column of {@link UserTable} (R4); the row actions column is always shown. */
export type UserTableColumn = "name" | "email" | "lastLoginAt" | "twoFactor" | "role" | "status";

/** Every column, in the default order. */
export const USER_TABLE_COLUMNS: readonly UserTableColumn[] = [
  "name",
  "email",
  "lastLoginAt",
  "twoFactor",
  "role",
  "status",
];
