import { pluralOf } from "../plural";
import type { Messages } from "../types";

const plural = pluralOf("de");

export const page: Messages["page"] = {
  title: "Benutzer",
  description: "Alle Personen mit eigener Anmeldung für dieses Konto.",
  seats: (used, limit) =>
    plural(limit, { one: `${used} von ${limit} Platz belegt`, other: `${used} von ${limit} Plätzen belegt` }),
  seatsUnlimited: (used) => plural(used, { one: `${used} Platz belegt`, other: `${used} Plätze belegt` }),
  upgradeTitle: "Gemeinsam an diesem Konto arbeiten",
  upgradeAction: (plan) => `Zu ${plan} wechseln`,
  upgradeActionGeneric: "Tarif wechseln",
  sessionError: "Diese Seite konnte nicht geladen werden.",
  revoked:
    "Ihr Zugang zu diesem Konto wurde widerrufen. Wenden Sie sich an den Administrator des Kontos, wenn Sie das für einen Fehler halten.",
  suspended: "Ihr Zugang zu diesem Konto ist gesperrt. Bitten Sie den Administrator des Kontos, Sie zu reaktivieren.",
};
