/**
 * `react-user-management/locales/pt-BR`: the Brazilian Portuguese catalog, a separate entry so that apps in
 * other languages do not download it. `<UserManagementPage locale="pt-BR" messages={ptBR} … />`.
 */
export { ptBR } from "../components/i18n/pt-BR";
