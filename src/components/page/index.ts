export { UserManagementPage, type UserManagementPageProps, type UserManagementPageSection } from "./UserManagementPage";
