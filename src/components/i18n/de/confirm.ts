import type { Messages } from "../types";

export const confirm: Messages["confirm"] = {
  deleteTitle: (name) => `${name} löschen?`,
  deleteBody: (name) =>
    `${name} verliert sofort den Zugang und wird abgemeldet. Das wirkt sofort und lässt sich nicht rückgängig machen.`,
  deleteAction: "Benutzer löschen",
  suspendTitle: (name) => `${name} sperren?`,
  suspendBody: (name) => `${name} wird abgemeldet und kann sich erst nach der Reaktivierung wieder anmelden.`,
  suspendAction: "Benutzer sperren",
  removeExternalTitle: (name) => `Zugang von ${name} entfernen?`,
  removeExternalBody: (name, home) =>
    `${name} wird sofort von diesem Konto abgemeldet. Das eigene Konto, ${home}, ist nicht betroffen. Das lässt sich nicht rückgängig machen.`,
  removeExternalAction: "Zugang entfernen",
  cancelInvitationTitle: (email) => `Einladung an ${email} zurückziehen?`,
  cancelInvitationBody: "Der Einladungslink funktioniert ab sofort nicht mehr.",
  cancelInvitationAction: "Einladung zurückziehen",
  keep: "Behalten",
};
