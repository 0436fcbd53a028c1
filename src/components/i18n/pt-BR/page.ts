import { pluralOf } from "../plural";
import type { Messages } from "../types";

const plural = pluralOf("pt-BR");

export const page: Messages["page"] = {
  title: "Usuários",
  description: "Todas as pessoas com o próprio login nesta conta.",
  seats: (used, limit) =>
    plural(limit, { one: `${used} de ${limit} vaga ocupada`, other: `${used} de ${limit} vagas ocupadas` }),
  seatsUnlimited: (used) => plural(used, { one: `${used} vaga ocupada`, other: `${used} vagas ocupadas` }),
  upgradeTitle: "Trabalhem juntos nesta conta",
  upgradeAction: (plan) => `Mudar para o plano ${plan}`,
  upgradeActionGeneric: "Mudar de plano",
  sessionError: "Não foi possível carregar esta página.",
  revoked: "O seu acesso a esta conta foi revogado. Fale com o administrador da conta se achar que isso é um engano.",
  suspended: "O seu acesso a esta conta está suspenso. Peça ao administrador da conta para reativar você.",
};
