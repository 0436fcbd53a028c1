import { pluralOf } from "../plural";
import type { Messages } from "../types";

const plural = pluralOf("fr");

export const invite: Messages["invite"] = {
  trigger: "Inviter",
  title: "Inviter des personnes",
  description: (days) =>
    `Elles reçoivent un e-mail avec un lien pour rejoindre ce compte. Le lien est valide ${days} jours.`,
  emails: "Adresses e-mail",
  email: "Adresse e-mail",
  emailsHint:
    "Séparez plusieurs adresses par des virgules, des espaces ou des retours à la ligne. Vous pouvez coller une liste.",
  firstName: "Prénom (facultatif)",
  lastName: "Nom (facultatif)",
  permissionsHint:
    "Les autorisations de base sont toujours incluses ; choisissez ce que cette personne peut faire en plus.",
  submit: (count) => (count > 1 ? `Envoyer ${count} invitations` : "Envoyer l’invitation"),
  sending: "Envoi…",
  noEmails: "Saisissez au moins une adresse e-mail.",
  invalidEmails: (list) => `Non valides : ${list}`,
  repeated: "Déjà saisie",
  remove: (email) => `Retirer ${email}`,
  addressCount: (count, max) =>
    `${plural(count, { one: `${count} adresse`, other: `${count} adresses` })} (${max} au plus à la fois)`,
  seatsAfter: (left) =>
    plural(left, {
      one: `${left} place restante après ces invitations`,
      other: `${left} places restantes après ces invitations`,
    }),
  invitationsSent: (count) => plural(count, { one: "Invitation envoyée.", other: `${count} invitations envoyées.` }),
  tooManyAddresses: (count, max) =>
    `${count} adresses : invitez au plus ${max} personnes à la fois. Divisez la liste et envoyez-la en plusieurs fois.`,
  seats: (used, limit) => `${used} places utilisées sur ${limit}`,
  seatsLeft: (left) => (left <= 1 ? `${left} place restante` : `${left} places restantes`),
  tooManyForSeats: (left) =>
    `Il ne reste que ${left <= 1 ? `${left} place` : `${left} places`} : invitez moins de personnes ou changez d’offre.`,
  results: "Résultats",
  outcome: {
    sent: "Envoyée",
    already_member: "Déjà membre",
    already_invited: "Déjà invitée",
    invalid: "Adresse non valide",
    seat_limit: "Plus de place",
    refused: "Non invitée",
  },
  refusedBecause: (reason) => `Non invitée : ${reason}`,
  sentSummary: (sent, total) => `${sent} invitation(s) envoyée(s) sur ${total}.`,
  notEmailed: "Invitée, mais l’e-mail n’a pas été envoyé",
  stillNotEmailed: "Invitée, mais l’e-mail n’a toujours pas pu partir. Réessayez plus tard.",
  emailed: "E-mail envoyé",
  resend: "Renvoyer",
  resending: "Renvoi…",
  notEmailedSummary: (count) =>
    count <= 1
      ? "1 personne a été invitée sans recevoir d’e-mail : renvoyez son invitation."
      : `${count} personnes ont été invitées sans recevoir d’e-mail : renvoyez leurs invitations.`,
  resent: (email) => `L’e-mail d’invitation a été envoyé à ${email}.`,
  resendNotEmailed: (email) => `L’e-mail à ${email} n’a toujours pas pu partir. L’invitation est enregistrée.`,
  inviteMore: "Inviter d’autres personnes",
  done: "Terminé",
};
