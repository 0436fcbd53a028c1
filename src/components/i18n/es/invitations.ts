import { pluralOf } from "../plural";
import type { Messages } from "../types";

const plural = pluralOf("es");

export const invitations: Messages["invitations"] = {
  title: "Invitaciones pendientes",
  empty: "No hay invitaciones pendientes.",
  loadError: "No se han podido cargar las invitaciones.",
  columns: {
    role: "Rol",
    sentAt: "Enviada",
    invitedBy: "Invitada por",
  },
  expiresIn: (relative) => `Caduca ${relative}`,
  resend: "Reenviar",
  resent: (email, days) =>
    `Se ha enviado una nueva invitación a ${email}. Es válida durante ${plural(days, { one: `${days} día`, other: `${days} días` })}.`,
  cancel: "Cancelar invitación",
  cancelled: (email) => `Se ha cancelado la invitación a ${email}.`,
  change: "Cambiar",
  changeTitle: (email) => `Cambiar la invitación a ${email}`,
  changeDescription:
    "Una invitación no se puede editar: al guardar, se cancela esta y se envía una nueva invitación con los datos de abajo.",
  changeSubmit: "Cancelar y volver a invitar",
  changed: (email) => `Se ha sustituido la invitación; se ha enviado una nueva a ${email}.`,
  resendFailed: (email) => `No se pudo reenviar la invitación a ${email}.`,
  notEmailed: (email) =>
    `La invitación a ${email} está guardada, pero no se ha podido enviar su correo electrónico. Reenvíela para volver a intentarlo.`,
  changedNotEmailed: (email) =>
    `Se ha sustituido la invitación, pero no se ha podido enviar el correo electrónico a ${email}. Reenvíela para volver a intentarlo.`,
};
