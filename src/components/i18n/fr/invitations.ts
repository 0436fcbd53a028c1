import type { Messages } from "../types";

export const invitations: Messages["invitations"] = {
  title: "Invitations en attente",
  empty: "Aucune invitation en attente.",
  loadError: "Impossible de charger les invitations.",
  columns: {
    role: "Rôle",
    sentAt: "Envoyée",
    invitedBy: "Invitée par",
  },
  expiresIn: (relative) => `Expire ${relative}`,
  resend: "Renvoyer",
  resent: (email, days) => `Une nouvelle invitation a été envoyée à ${email}. Elle est valide ${days} jours.`,
  cancel: "Annuler l’invitation",
  cancelled: (email) => `L’invitation envoyée à ${email} a été annulée.`,
  change: "Modifier",
  changeTitle: (email) => `Modifier l’invitation envoyée à ${email}`,
  changeDescription:
    "Une invitation ne peut pas être modifiée : l’enregistrement annule celle-ci et envoie une nouvelle invitation avec les informations ci-dessous.",
  changeSubmit: "Annuler et réinviter",
  changed: (email) => `L’invitation a été remplacée ; une nouvelle a été envoyée à ${email}.`,
  resendFailed: (email) => `L’invitation à ${email} n’a pas pu être renvoyée.`,
  notEmailed: (email) =>
    `L’invitation envoyée à ${email} est enregistrée, mais son e-mail n’a pas pu partir. Renvoyez-la pour réessayer.`,
  changedNotEmailed: (email) =>
    `L’invitation a été remplacée, mais l’e-mail à ${email} n’a pas pu partir. Renvoyez-la pour réessayer.`,
};
