import type { Messages } from "../types";

export const externalUsers: Messages["externalUsers"] = {
  title: "Utilisateurs externes",
  description: "Des personnes d’autres comptes qui accèdent à celui-ci avec une connexion multicompte.",
  empty: "Aucun utilisateur externe.",
  loadError: "Impossible de charger les utilisateurs externes.",
  columns: { name: "Nom", email: "E-mail", homeAccount: "Compte d’origine", role: "Rôle ici", actions: "Actions" },
  edit: "Modifier le rôle",
  editTitle: (name) => `Rôle de ${name} dans ce compte`,
  editDescription: (home) => `Seul son accès ici change ; son propre compte, ${home}, n’est pas touché.`,
  permissions: "Autorisations ici",
  current: (role) => `Son rôle ici est désormais ${role}.`,
  remove: "Retirer l’accès",
  updated: (name) => `Le rôle de ${name} ici a été modifié.`,
  removed: (name) => `${name} n’a plus accès à ce compte.`,
};
