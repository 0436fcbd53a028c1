export type { Theme } from "../ui/theme";
export { UserManagementPage, type UserManagementPageProps, type UserManagementPageSection } from "./UserManagementPage";
