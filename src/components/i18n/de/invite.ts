import { pluralOf } from "../plural";
import type { Messages } from "../types";

const plural = pluralOf("de");
const seats = (count: number) => plural(count, { one: `${count} Platz`, other: `${count} Plätze` });

export const invite: Messages["invite"] = {
  trigger: "Einladen",
  title: "Personen einladen",
  description: (days) =>
    `Die eingeladenen Personen erhalten eine E-Mail mit einem Link, um diesem Konto beizutreten. Der Link ist ${plural(days, { one: `${days} Tag`, other: `${days} Tage` })} gültig.`,
  emails: "E-Mail-Adressen",
  email: "E-Mail-Adresse",
  emailsHint:
    "Trennen Sie mehrere Adressen durch Kommas, Leerzeichen oder Zeilenumbrüche. Sie können auch eine Liste einfügen.",
  firstName: "Vorname (optional)",
  lastName: "Nachname (optional)",
  permissionsHint: "Die Basisberechtigungen sind immer enthalten; wählen Sie aus, was diese Person zusätzlich darf.",
  submit: (count) => plural(count, { one: "Einladung senden", other: `${count} Einladungen senden` }),
  sending: "Wird gesendet…",
  noEmails: "Geben Sie mindestens eine E-Mail-Adresse ein.",
  invalidEmails: (list) => `Ungültig: ${list}`,
  repeated: "Bereits aufgeführt",
  remove: (email) => `${email} entfernen`,
  addressCount: (count, max) =>
    `${plural(count, { one: `${count} Adresse`, other: `${count} Adressen` })} (höchstens ${max} auf einmal)`,
  seatsAfter: (left) => `Nach diesen Einladungen noch ${seats(left)} frei`,
  invitationsSent: (count) => plural(count, { one: "Einladung gesendet.", other: `${count} Einladungen gesendet.` }),
  tooManyAddresses: (count, max) =>
    `${count} Adressen: Laden Sie höchstens ${max} Personen auf einmal ein. Teilen Sie die Liste auf und senden Sie sie in Teilen.`,
  seats: (used, limit) =>
    plural(limit, { one: `${used} von ${limit} Platz belegt`, other: `${used} von ${limit} Plätzen belegt` }),
  seatsLeft: (left) => `${seats(left)} frei`,
  tooManyForSeats: (left) =>
    `Nur noch ${seats(left)} frei: Laden Sie weniger Personen ein oder wechseln Sie den Tarif.`,
  results: "Ergebnisse",
  outcome: {
    sent: "Gesendet",
    already_member: "Bereits Mitglied",
    already_invited: "Bereits eingeladen",
    invalid: "Keine gültige Adresse",
    seat_limit: "Kein Platz frei",
    refused: "Nicht eingeladen",
  },
  refusedBecause: (reason) => `Nicht eingeladen: ${reason}`,
  sentSummary: (sent, total) =>
    plural(total, {
      one: `${sent} von ${total} Einladung gesendet.`,
      other: `${sent} von ${total} Einladungen gesendet.`,
    }),
  notEmailed: "Eingeladen, aber die E-Mail wurde nicht gesendet",
  stillNotEmailed:
    "Eingeladen, aber die E-Mail konnte weiterhin nicht gesendet werden. Versuchen Sie es später erneut.",
  emailed: "E-Mail gesendet",
  resend: "Erneut senden",
  resending: "Wird erneut gesendet…",
  notEmailedSummary: (count) =>
    plural(count, {
      one: `${count} Person wurde eingeladen, aber nicht per E-Mail benachrichtigt: Senden Sie die Einladung erneut.`,
      other: `${count} Personen wurden eingeladen, aber nicht per E-Mail benachrichtigt: Senden Sie die Einladungen erneut.`,
    }),
  resent: (email) => `Die Einladungs-E-Mail wurde an ${email} gesendet.`,
  resendNotEmailed: (email) =>
    `Die E-Mail an ${email} konnte weiterhin nicht gesendet werden. Die Einladung ist gespeichert.`,
  inviteMore: "Weitere Personen einladen",
  done: "Fertig",
};
