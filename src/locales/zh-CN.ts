/**
 * `react-user-management/locales/zh-CN`: the Simplified Chinese catalog, a separate entry so that apps in
 * other languages do not download it. `<UserManagementPage locale="zh-CN" messages={zhCN} … />`.
 */
export { zhCN } from "../components/i18n/zh-CN";
