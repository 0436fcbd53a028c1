import type { Messages } from "../types";

export const externalUsers: Messages["externalUsers"] = {
  title: "Externe Benutzer",
  description: "Personen aus anderen Konten, die mit einer kontoübergreifenden Anmeldung auf dieses Konto zugreifen.",
  empty: "Keine externen Benutzer.",
  loadError: "Die externen Benutzer konnten nicht geladen werden.",
  columns: { name: "Name", email: "E-Mail", homeAccount: "Stammkonto", role: "Rolle hier", actions: "Aktionen" },
  edit: "Rolle bearbeiten",
  editTitle: (name) => `Rolle von ${name} in diesem Konto`,
  editDescription: (home) => `Nur der Zugang hier ändert sich; das eigene Konto, ${home}, ist nicht betroffen.`,
  permissions: "Berechtigungen hier",
  current: (role) => `Die Rolle hier ist jetzt ${role}.`,
  remove: "Zugang entfernen",
  updated: (name) => `Die Rolle von ${name} hier wurde geändert.`,
  removed: (name) => `${name} hat keinen Zugang mehr zu diesem Konto.`,
};
