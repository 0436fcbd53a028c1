/**
 * `react-user-management/locales/de`: the German catalog, a separate entry so that apps in
 * other languages do not download it. `<UserManagementPage locale="de" messages={de} … />`.
 */
export { de } from "../components/i18n/de";
