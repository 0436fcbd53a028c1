import type { UserSortField } from "../../adapter/contract";

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

/** The adapter sort field behind a column header; 2FA is not sortable. */
export function sortFieldOf(column: UserTableColumn): UserSortField | undefined {
  return column === "twoFactor" ? undefined : column;
}
