/**
 * Styled components on Radix. Each component only wires the hooks together; every decision about
 * what is allowed comes from `can()`. Import `react-user-management/styles.css` for the look.
 */
export * from "./edit-user";
export * from "./external-users";
export * from "./i18n";
export * from "./invitations";
export * from "./invite";
export * from "./own-profile";
export * from "./page";
export * from "./ui/public";
export * from "./user-table";
