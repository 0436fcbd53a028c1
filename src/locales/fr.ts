/**
 * `react-user-management/locales/fr`: the French catalog, a separate entry so that apps in
 * English do not download it. `<UserManagementPage locale="fr" messages={fr} … />`.
 */
export { fr } from "../components/i18n/fr";
