import { pluralOf } from "../plural";
import type { Messages } from "../types";

const plural = pluralOf("es");

export const page: Messages["page"] = {
  title: "Usuarios",
  description: "Todas las personas con su propio acceso a esta cuenta.",
  seats: (used, limit) =>
    plural(limit, { one: `${used} de ${limit} puesto ocupado`, other: `${used} de ${limit} puestos ocupados` }),
  seatsUnlimited: (used) => plural(used, { one: `${used} puesto ocupado`, other: `${used} puestos ocupados` }),
  upgradeTitle: "Trabajen juntos en esta cuenta",
  upgradeAction: (plan) => `Cambiar al plan ${plan}`,
  upgradeActionGeneric: "Cambiar de plan",
  sessionError: "No se ha podido cargar esta página.",
  revoked:
    "Se ha revocado su acceso a esta cuenta. Póngase en contacto con el administrador de la cuenta si cree que se trata de un error.",
  suspended: "Su acceso a esta cuenta está suspendido. Pida al administrador de la cuenta que lo reactive.",
};
