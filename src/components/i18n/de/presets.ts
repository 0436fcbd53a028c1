import type { Messages } from "../types";

export const presets: Messages["presets"] = {
  "administrator-user-custom": {
    roles: { administrator: "Administrator", user: "Benutzer", custom: "Benutzerdefiniert" },
    permissions: {
      "users.manage": { label: "Benutzer verwalten", description: "Benutzer anlegen, ändern und löschen." },
      "api_tokens.create": { label: "API-Tokens erstellen", description: "Tokens für die API erstellen." },
      "dashboard.view": { label: "Dashboard ansehen", description: "Das Dashboard des Kontos ansehen." },
      "profile.edit": {
        label: "Eigenes Profil bearbeiten",
        description: "Den eigenen Namen und das eigene Passwort ändern.",
      },
      "campaigns.create": { label: "Kampagnen erstellen", description: "Kampagnen verfassen und bearbeiten." },
      "campaigns.send": { label: "Kampagnen versenden", description: "Kampagnen planen und versenden." },
      "contacts.manage": { label: "Kontakte verwalten", description: "Kontakte importieren, bearbeiten und löschen." },
      "contacts.export": { label: "Kontakte exportieren", description: "Kontaktlisten herunterladen." },
      "templates.manage": { label: "Vorlagen verwalten", description: "Vorlagen erstellen und teilen." },
      "reports.view": { label: "Berichte ansehen", description: "Kampagnenstatistiken ansehen." },
      "billing.manage": { label: "Abrechnung verwalten", description: "Rechnungen ansehen und Zahlungsdaten ändern." },
    },
    groups: {
      Administration: "Verwaltung",
      Basic: "Grundlagen",
      Campaigns: "Kampagnen",
      Contacts: "Kontakte",
      Content: "Inhalte",
      Reports: "Berichte",
      Billing: "Abrechnung",
    },
  },
  "owner-manager": {
    roles: { owner: "Inhaber", manager: "Manager" },
    permissions: {
      "users.manage": {
        label: "Benutzer einladen und bearbeiten",
        description: "Benutzer einladen und ihre Rolle oder ihren Status ändern.",
      },
      "services.manage": { label: "Dienste verwalten", description: "Dienste bestellen und konfigurieren." },
      "billing.manage": { label: "Abrechnung verwalten", description: "Rechnungen bezahlen und Tarife ändern." },
      "support.tickets": { label: "Support-Tickets", description: "Support-Tickets eröffnen und beantworten." },
    },
    groups: { Users: "Benutzer", Services: "Dienste", Billing: "Abrechnung", Support: "Support" },
  },
  "account-holder-member": {
    roles: { holder: "Kontoinhaber", member: "Mitglied" },
    permissions: {
      "users.manage": { label: "Benutzer hinzufügen und entfernen", description: "Personen einladen und entfernen." },
      "account.manage": {
        label: "Konto ändern",
        description: "Den Firmennamen oder Benutzernamen ändern oder das Konto löschen.",
      },
      "projects.manage": { label: "Projekte verwalten", description: "Projekte erstellen und bearbeiten." },
      "reports.view": { label: "Berichte ansehen", description: "Die Berichte des Kontos ansehen." },
    },
    groups: { Account: "Konto", Work: "Arbeit" },
  },
};
