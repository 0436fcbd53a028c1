import type { Messages } from "../types";

export const editUser: Messages["editUser"] = {
  title: (name) => `${name} bearbeiten`,
  profileTitle: "Ihr Profil",
  description: "Änderungen werden sofort wirksam.",
  firstName: "Vorname",
  lastName: "Nachname",
  email: "E-Mail",
  password: "Passwort ändern",
  newPassword: "Neues Passwort",
  actorPassword: "Ihr aktuelles Passwort",
  actorPasswordHint: "Bestätigen Sie Ihre Identität, um das Passwort einer anderen Person zu ändern.",
  ownPasswordHint: "Geben Sie Ihr aktuelles Passwort ein, um ein neues festzulegen.",
  saved: (name) => `${name} wurde gespeichert.`,
  passwordChanged: "Das Passwort wurde geändert.",
  conflict:
    "Jemand anderes hat diesen Benutzer geändert, während Sie ihn bearbeitet haben. Das Formular zeigt jetzt die neuen Werte neben Ihren; speichern Sie erneut, um Ihre zu behalten.",
  theirValue: (value) => `Jetzt: ${value}`,
  cannotEdit: "Sie können diesen Benutzer nur ansehen.",
  profileIsTheirs: "Nur diese Person kann ihren Namen und ihre E-Mail-Adresse ändern.",
  emailFixed: "Die E-Mail-Adresse kann hier nicht geändert werden.",
  profile: "Profil",
  emailInvalid: "Geben Sie eine gültige E-Mail-Adresse ein, z. B. name@example.com.",
  nameTooLong: (max) => `Ein Name hat höchstens ${max} Zeichen.`,
  actorPasswordRequired: "Geben Sie zur Bestätigung Ihr aktuelles Passwort ein.",
  none: "Keine",
  loadFailed: "Ihr Profil konnte nicht geladen werden.",
};
