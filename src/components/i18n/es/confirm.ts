import type { Messages } from "../types";

export const confirm: Messages["confirm"] = {
  deleteTitle: (name) => `¿Eliminar a ${name}?`,
  deleteBody: (name) =>
    `${name} pierde el acceso y se cierra su sesión al instante. Esta acción es inmediata y no se puede deshacer.`,
  deleteAction: "Eliminar usuario",
  suspendTitle: (name) => `¿Suspender a ${name}?`,
  suspendBody: (name) => `Se cierra la sesión de ${name}, que no podrá iniciar sesión hasta que se le reactive.`,
  suspendAction: "Suspender usuario",
  removeExternalTitle: (name) => `¿Quitar el acceso de ${name}?`,
  removeExternalBody: (name, home) =>
    `Se cierra al instante la sesión de ${name} en esta cuenta. Su propia cuenta, ${home}, no se ve afectada. Esta acción no se puede deshacer.`,
  removeExternalAction: "Quitar acceso",
  cancelInvitationTitle: (email) => `¿Cancelar la invitación a ${email}?`,
  cancelInvitationBody: "El enlace de invitación deja de funcionar al instante.",
  cancelInvitationAction: "Cancelar invitación",
  keep: "Conservar",
};
