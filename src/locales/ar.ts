/**
 * `react-user-management/locales/ar`: the Arabic catalog, a separate entry so that apps in
 * other languages do not download it. `<UserManagementPage locale="ar" messages={ar} … />`. Written right to left: the components follow the locale's direction by themselves.
 */
export { ar } from "../components/i18n/ar";
