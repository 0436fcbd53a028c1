/**
 * `react-user-management/locales/es`: the Spanish catalog, a separate entry so that apps in
 * other languages do not download it. `<UserManagementPage locale="es" messages={es} … />`.
 */
export { es } from "../components/i18n/es";
