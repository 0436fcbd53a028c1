import type { Messages } from "../types";

export const common: Messages["common"] = {
  loading: "Wird geladen…",
  retry: "Erneut versuchen",
  cancel: "Abbrechen",
  close: "Schließen",
  save: "Speichern",
  saving: "Wird gespeichert…",
  you: "Sie",
  role: "Rolle",
  permissions: "Berechtigungen",
  never: "Nie",
  enabled: "Aktiviert",
  disabled: "Deaktiviert",
  previousPage: "Vorherige Seite",
  nextPage: "Nächste Seite",
  pageOf: (page, count) => `Seite ${page} von ${count}`,
  status: { active: "Aktiv", suspended: "Gesperrt", revoked: "Widerrufen" },
  invitationStatus: { pending: "Ausstehend", expired: "Abgelaufen" },
  seatLimitReached:
    "Alle Plätze sind belegt. Entfernen Sie jemanden oder wechseln Sie den Tarif, um weitere Personen einzuladen.",
  planRequired: (plan) =>
    `Mit dem Mehrbenutzerzugang meldet sich jedes Teammitglied mit eigenem Passwort und eigenen Berechtigungen an. Ihr Tarif ${plan} enthält ihn nicht: Wechseln Sie den Tarif, um Personen einzuladen.`,
  roleLimits: {
    ownRole: "Sie können Ihre eigene Rolle und Ihre eigenen Berechtigungen nicht ändern.",
    ownerOnly: (role) => `Nur jemand mit der Rolle ${role} kann sie vergeben oder ändern, wer sie hat.`,
    aboveYours:
      "Diese Person hat Berechtigungen, die Sie nicht haben. Daher können Sie ihre Rolle und ihre Berechtigungen nicht ändern.",
    permissionNotHeld: "Sie haben diese Berechtigung selbst nicht und können sie daher nicht vergeben.",
  },
  denied: {
    not_permitted: "Dazu sind Sie nicht berechtigt.",
    inactive_viewer: "Ihr Zugang zu diesem Konto ist nicht mehr aktiv.",
    self_action: "Das können Sie nicht bei sich selbst tun.",
    last_owner: "Das Konto muss mindestens einen aktiven Inhaber behalten.",
    plan_required: "Ihr Tarif enthält diese Funktion nicht.",
    seat_limit: "Alle Plätze sind belegt.",
    invalid_state: "Im aktuellen Zustand dieses Benutzers ist das nicht möglich.",
  },
  errors: {
    forbidden: "Dazu sind Sie nicht berechtigt.",
    not_found: "Das gibt es nicht mehr. Vielleicht hat es jemand anderes entfernt; aktualisieren Sie die Liste.",
    conflict: "Jemand anderes hat dies inzwischen geändert. Prüfen Sie die aktuellen Werte und speichern Sie erneut.",
    validation: "Einige Felder müssen korrigiert werden.",
    last_owner:
      "Das Konto muss mindestens einen aktiven Inhaber behalten. Geben Sie diese Rolle zuerst jemand anderem.",
    self_action: "Das können Sie nicht bei dem Benutzer tun, mit dem Sie angemeldet sind.",
    seat_limit: "Alle Plätze sind belegt. Entfernen Sie jemanden oder wechseln Sie den Tarif.",
    plan_required: "Ihr Tarif enthält keinen Mehrbenutzerzugang. Wechseln Sie den Tarif, um Personen einzuladen.",
    invitation_expired: "Diese Einladung ist abgelaufen. Fordern Sie eine neue an.",
    invitation_invalid: "Dieser Einladungslink ist nicht mehr gültig. Fordern Sie einen neuen an.",
    reauthentication_failed: "Ihr eigenes Passwort ist nicht korrekt.",
    access_revoked: "Ihr Zugang zu diesem Konto wurde widerrufen.",
    access_suspended:
      "Ihr Zugang zu diesem Konto ist gesperrt. Bitten Sie den Administrator des Kontos, Sie zu reaktivieren.",
    network: "Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.",
    timeout: "Der Server hat zu lange nicht geantwortet. Versuchen Sie es gleich noch einmal.",
    unavailable: "Der Dienst ist gerade nicht verfügbar. Versuchen Sie es gleich noch einmal.",
    not_implemented: "Das Backend unterstützt diese Aktion nicht.",
    malformed_response: "Der Server hat eine unlesbare Antwort gesendet. Versuchen Sie es später erneut.",
  },
};
