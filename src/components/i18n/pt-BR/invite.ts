import { pluralOf } from "../plural";
import type { Messages } from "../types";

const plural = pluralOf("pt-BR");

export const invite: Messages["invite"] = {
  trigger: "Convidar",
  title: "Convidar pessoas",
  description: (days) =>
    `As pessoas convidadas recebem um e-mail com um link para entrar nesta conta. O link vale por ${plural(days, { one: `${days} dia`, other: `${days} dias` })}.`,
  emails: "Endereços de e-mail",
  email: "Endereço de e-mail",
  emailsHint: "Separe vários endereços com vírgulas, espaços ou quebras de linha. Você também pode colar uma lista.",
  firstName: "Nome (opcional)",
  lastName: "Sobrenome (opcional)",
  permissionsHint: "As permissões básicas estão sempre incluídas; escolha o que mais esta pessoa pode fazer.",
  submit: (count) => plural(count, { one: "Enviar convite", other: `Enviar ${count} convites` }),
  sending: "Enviando…",
  noEmails: "Digite pelo menos um endereço de e-mail.",
  invalidEmails: (list) => `Inválidos: ${list}`,
  repeated: "Já está na lista",
  remove: (email) => `Remover ${email}`,
  addressCount: (count, max) =>
    `${plural(count, { one: `${count} endereço`, other: `${count} endereços` })} (até ${max} por vez)`,
  seatsAfter: (left) =>
    plural(left, {
      one: `${left} vaga disponível após estes convites`,
      other: `${left} vagas disponíveis após estes convites`,
    }),
  invitationsSent: (count) => plural(count, { one: "Convite enviado.", other: `${count} convites enviados.` }),
  tooManyAddresses: (count, max) =>
    `${count} endereços: convide no máximo ${max} pessoas de uma vez. Divida a lista e envie em partes.`,
  seats: (used, limit) =>
    plural(limit, { one: `${used} de ${limit} vaga ocupada`, other: `${used} de ${limit} vagas ocupadas` }),
  seatsLeft: (left) => plural(left, { one: `${left} vaga disponível`, other: `${left} vagas disponíveis` }),
  tooManyForSeats: (left) =>
    `${plural(left, { one: `Só resta ${left} vaga`, other: `Só restam ${left} vagas` })}: convide menos pessoas ou mude de plano.`,
  results: "Resultados",
  outcome: {
    sent: "Enviado",
    already_member: "Já é membro",
    already_invited: "Já convidado",
    invalid: "Endereço inválido",
    seat_limit: "Sem vaga disponível",
    refused: "Não convidado",
  },
  refusedBecause: (reason) => `Não convidado: ${reason}`,
  sentSummary: (sent, total) =>
    plural(total, { one: `${sent} de ${total} convite enviado.`, other: `${sent} de ${total} convites enviados.` }),
  notEmailed: "Convidado, mas o e-mail não foi enviado",
  stillNotEmailed: "Convidado, mas ainda não foi possível enviar o e-mail. Tente novamente mais tarde.",
  emailed: "E-mail enviado",
  resend: "Reenviar",
  resending: "Reenviando…",
  notEmailedSummary: (count) =>
    plural(count, {
      one: `${count} pessoa foi convidada, mas não recebeu o e-mail: reenvie o convite.`,
      other: `${count} pessoas foram convidadas, mas não receberam o e-mail: reenvie os convites.`,
    }),
  resent: (email) => `O e-mail do convite foi enviado para ${email}.`,
  resendNotEmailed: (email) => `Ainda não foi possível enviar o e-mail para ${email}. O convite está salvo.`,
  inviteMore: "Convidar mais pessoas",
  done: "Concluir",
};
