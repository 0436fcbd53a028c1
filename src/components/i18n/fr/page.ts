import type { Messages } from "../types";

export const page: Messages["page"] = {
  title: "Utilisateurs",
  description: "Toutes les personnes ayant leur propre accès à ce compte.",
  seats: (used, limit) => `${used} places utilisées sur ${limit}`,
  seatsUnlimited: (used) => `${used} places utilisées`,
  upgradeTitle: "Travaillez à plusieurs sur ce compte",
  upgradeAction: (plan) => `Passer au forfait ${plan}`,
  upgradeActionGeneric: "Changer de forfait",
  sessionError: "Impossible de charger cette page.",
  revoked:
    "Votre accès à ce compte a été révoqué. Contactez l’administrateur du compte si vous pensez qu’il s’agit d’une erreur.",
  suspended: "Votre accès à ce compte est suspendu. Demandez à l’administrateur du compte de vous réactiver.",
};
