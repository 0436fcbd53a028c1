import { pluralOf } from "../plural";
import type { Messages } from "../types";

const plural = pluralOf("pt-BR");

export const invitations: Messages["invitations"] = {
  title: "Convites pendentes",
  empty: "Nenhum convite pendente.",
  loadError: "Não foi possível carregar os convites.",
  columns: {
    role: "Função",
    sentAt: "Enviado",
    invitedBy: "Convidado por",
  },
  expiresIn: (relative) => `Expira ${relative}`,
  resend: "Reenviar",
  resent: (email, days) =>
    `Um novo convite foi enviado para ${email}. Ele vale por ${plural(days, { one: `${days} dia`, other: `${days} dias` })}.`,
  cancel: "Cancelar convite",
  cancelled: (email) => `O convite para ${email} foi cancelado.`,
  change: "Alterar",
  changeTitle: (email) => `Alterar o convite para ${email}`,
  changeDescription:
    "Um convite não pode ser editado: ao salvar, este é cancelado e um novo convite é enviado com os dados abaixo.",
  changeSubmit: "Cancelar e convidar de novo",
  changed: (email) => `O convite foi substituído; um novo foi enviado para ${email}.`,
  resendFailed: (email) => `Não foi possível reenviar o convite para ${email}.`,
  notEmailed: (email) =>
    `O convite para ${email} foi salvo, mas não foi possível enviar o e-mail. Reenvie para tentar novamente.`,
  changedNotEmailed: (email) =>
    `O convite foi substituído, mas não foi possível enviar o e-mail para ${email}. Reenvie para tentar novamente.`,
};
