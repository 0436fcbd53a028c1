import { pluralOf } from "../plural";
import type { Messages } from "../types";

const plural = pluralOf("es");

export const invite: Messages["invite"] = {
  trigger: "Invitar",
  title: "Invitar a personas",
  description: (days) =>
    `Recibirán un correo electrónico con un enlace para unirse a esta cuenta. El enlace es válido durante ${plural(days, { one: `${days} día`, other: `${days} días` })}.`,
  emails: "Direcciones de correo electrónico",
  email: "Dirección de correo electrónico",
  emailsHint: "Separe varias direcciones con comas, espacios o saltos de línea. También puede pegar una lista.",
  firstName: "Nombre (opcional)",
  lastName: "Apellidos (opcional)",
  permissionsHint: "Los permisos básicos siempre están incluidos; elija qué más puede hacer esta persona.",
  submit: (count) => plural(count, { one: "Enviar invitación", other: `Enviar ${count} invitaciones` }),
  sending: "Enviando…",
  noEmails: "Introduzca al menos una dirección de correo electrónico.",
  invalidEmails: (list) => `No válidas: ${list}`,
  repeated: "Ya está en la lista",
  remove: (email) => `Quitar ${email}`,
  addressCount: (count, max) =>
    `${plural(count, { one: `${count} dirección`, other: `${count} direcciones` })} (hasta ${max} a la vez)`,
  seatsAfter: (left) =>
    plural(left, {
      one: `Quedará ${left} puesto después de estas invitaciones`,
      other: `Quedarán ${left} puestos después de estas invitaciones`,
    }),
  invitationsSent: (count) => plural(count, { one: "Invitación enviada.", other: `${count} invitaciones enviadas.` }),
  tooManyAddresses: (count, max) =>
    `${count} direcciones: invite como máximo a ${max} personas a la vez. Divida la lista y envíela por partes.`,
  seats: (used, limit) =>
    plural(limit, { one: `${used} de ${limit} puesto ocupado`, other: `${used} de ${limit} puestos ocupados` }),
  seatsLeft: (left) => plural(left, { one: `Queda ${left} puesto`, other: `Quedan ${left} puestos` }),
  tooManyForSeats: (left) =>
    `${plural(left, { one: `Solo queda ${left} puesto`, other: `Solo quedan ${left} puestos` })}: invite a menos personas o cambie de plan.`,
  results: "Resultados",
  outcome: {
    sent: "Enviada",
    already_member: "Ya es miembro",
    already_invited: "Ya invitada",
    invalid: "Dirección no válida",
    seat_limit: "No quedan puestos",
    refused: "No invitada",
  },
  refusedBecause: (reason) => `No invitada: ${reason}`,
  sentSummary: (sent, total) =>
    plural(total, {
      one: `${sent} de ${total} invitación enviada.`,
      other: `${sent} de ${total} invitaciones enviadas.`,
    }),
  notEmailed: "Invitada, pero no se ha enviado el correo electrónico",
  stillNotEmailed: "Invitada, pero el correo electrónico sigue sin poder enviarse. Vuelva a intentarlo más tarde.",
  emailed: "Correo electrónico enviado",
  resend: "Reenviar",
  resending: "Reenviando…",
  notEmailedSummary: (count) =>
    plural(count, {
      one: `${count} persona ha sido invitada sin recibir el correo electrónico: reenvíe su invitación.`,
      other: `${count} personas han sido invitadas sin recibir el correo electrónico: reenvíe sus invitaciones.`,
    }),
  resent: (email) => `Se ha enviado el correo electrónico de invitación a ${email}.`,
  resendNotEmailed: (email) =>
    `El correo electrónico a ${email} sigue sin poder enviarse. La invitación está guardada.`,
  inviteMore: "Invitar a más personas",
  done: "Listo",
};
