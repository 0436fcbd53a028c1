/**
 * Styled components on Radix. Each component only wires the hooks together; every decision about
 * what is allowed comes from `can()`. Import `react-user-management/styles.css` for the look.
 */
export * from "./i18n";
export * from "./ui/public";
