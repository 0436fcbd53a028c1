import type { Messages } from "../types";

export const confirm: Messages["confirm"] = {
  deleteTitle: (name) => `Supprimer ${name} ?`,
  deleteBody: (name) =>
    `${name} perd l’accès et est déconnecté immédiatement. Cette action est immédiate et irréversible.`,
  deleteAction: "Supprimer l’utilisateur",
  suspendTitle: (name) => `Suspendre ${name} ?`,
  suspendBody: (name) => `${name} est déconnecté et ne peut plus se connecter jusqu’à sa réactivation.`,
  suspendAction: "Suspendre l’utilisateur",
  removeExternalTitle: (name) => `Retirer l’accès de ${name} ?`,
  removeExternalBody: (name, home) =>
    `${name} est déconnecté de ce compte immédiatement. Son propre compte, ${home}, n’est pas touché. Cette action est irréversible.`,
  removeExternalAction: "Retirer l’accès",
  cancelInvitationTitle: (email) => `Annuler l’invitation envoyée à ${email} ?`,
  cancelInvitationBody: "Le lien d’invitation cesse de fonctionner immédiatement.",
  cancelInvitationAction: "Annuler l’invitation",
  keep: "Conserver",
};
