/**
 * `react-user-management/locales/ja`: the Japanese catalog, a separate entry so that apps in
 * other languages do not download it. `<UserManagementPage locale="ja" messages={ja} … />`.
 */
export { ja } from "../components/i18n/ja";
