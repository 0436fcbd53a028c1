import { pluralOf } from "../plural";
import type { Messages } from "../types";

const plural = pluralOf("de");

export const invitations: Messages["invitations"] = {
  title: "Ausstehende Einladungen",
  empty: "Keine ausstehenden Einladungen.",
  loadError: "Die Einladungen konnten nicht geladen werden.",
  columns: {
    role: "Rolle",
    sentAt: "Gesendet",
    invitedBy: "Eingeladen von",
  },
  expiresIn: (relative) => `Läuft ${relative} ab`,
  resend: "Erneut senden",
  resent: (email, days) =>
    `Eine neue Einladung wurde an ${email} gesendet. Sie ist ${plural(days, { one: `${days} Tag`, other: `${days} Tage` })} gültig.`,
  cancel: "Einladung zurückziehen",
  cancelled: (email) => `Die Einladung an ${email} wurde zurückgezogen.`,
  change: "Ändern",
  changeTitle: (email) => `Einladung an ${email} ändern`,
  changeDescription:
    "Eine Einladung lässt sich nicht bearbeiten: Beim Speichern wird diese zurückgezogen und eine neue Einladung mit den folgenden Angaben gesendet.",
  changeSubmit: "Zurückziehen und neu einladen",
  changed: (email) => `Die Einladung wurde ersetzt; eine neue wurde an ${email} gesendet.`,
  resendFailed: (email) => `Die Einladung an ${email} konnte nicht erneut gesendet werden.`,
  notEmailed: (email) =>
    `Die Einladung an ${email} ist gespeichert, aber die E-Mail konnte nicht gesendet werden. Senden Sie sie erneut, um es noch einmal zu versuchen.`,
  changedNotEmailed: (email) =>
    `Die Einladung wurde ersetzt, aber die E-Mail an ${email} konnte nicht gesendet werden. Senden Sie sie erneut, um es noch einmal zu versuchen.`,
};
