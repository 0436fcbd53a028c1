import type { Messages } from "../types";

export const externalUsers: Messages["externalUsers"] = {
  title: "Usuários externos",
  description: "Pessoas de outras contas que acessam esta com um login multiconta.",
  empty: "Nenhum usuário externo.",
  loadError: "Não foi possível carregar os usuários externos.",
  columns: { name: "Nome", email: "E-mail", homeAccount: "Conta de origem", role: "Função aqui", actions: "Ações" },
  edit: "Editar função",
  editTitle: (name) => `Função de ${name} nesta conta`,
  editDescription: (home) => `Só o acesso aqui muda; a conta própria, ${home}, não é afetada.`,
  permissions: "Permissões aqui",
  current: (role) => `A função aqui agora é ${role}.`,
  remove: "Remover acesso",
  updated: (name) => `A função de ${name} aqui foi alterada.`,
  removed: (name) => `${name} não tem mais acesso a esta conta.`,
};
