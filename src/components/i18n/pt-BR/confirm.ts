import type { Messages } from "../types";

export const confirm: Messages["confirm"] = {
  deleteTitle: (name) => `Excluir ${name}?`,
  deleteBody: (name) =>
    `${name} perde o acesso e é desconectado na hora. Esta ação é imediata e não pode ser desfeita.`,
  deleteAction: "Excluir usuário",
  suspendTitle: (name) => `Suspender ${name}?`,
  suspendBody: (name) => `${name} é desconectado e não poderá entrar até ser reativado.`,
  suspendAction: "Suspender usuário",
  removeExternalTitle: (name) => `Remover o acesso de ${name}?`,
  removeExternalBody: (name, home) =>
    `${name} é desconectado desta conta na hora. A conta própria, ${home}, não é afetada. Esta ação não pode ser desfeita.`,
  removeExternalAction: "Remover acesso",
  cancelInvitationTitle: (email) => `Cancelar o convite para ${email}?`,
  cancelInvitationBody: "O link do convite deixa de funcionar na hora.",
  cancelInvitationAction: "Cancelar convite",
  keep: "Manter",
};
