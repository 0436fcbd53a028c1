export { USER_TABLE_COLUMNS, type UserTableColumn } from "./columns";
export { UserTable, type UserTableProps, type UserTableState } from "./UserTable";
