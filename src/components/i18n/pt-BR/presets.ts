import type { Messages } from "../types";

export const presets: Messages["presets"] = {
  "administrator-user-custom": {
    roles: { administrator: "Administrador", user: "Usuário", custom: "Personalizado" },
    permissions: {
      "users.manage": { label: "Gerenciar usuários", description: "Criar, modificar e excluir usuários." },
      "api_tokens.create": { label: "Criar tokens de API", description: "Criar tokens para a API." },
      "dashboard.view": { label: "Ver o painel", description: "Ver o painel da conta." },
      "profile.edit": { label: "Editar o próprio perfil", description: "Alterar o próprio nome e a própria senha." },
      "campaigns.create": { label: "Criar campanhas", description: "Escrever e editar campanhas." },
      "campaigns.send": { label: "Enviar campanhas", description: "Agendar e enviar campanhas." },
      "contacts.manage": { label: "Gerenciar contatos", description: "Importar, editar e excluir contatos." },
      "contacts.export": { label: "Exportar contatos", description: "Baixar listas de contatos." },
      "templates.manage": { label: "Gerenciar modelos", description: "Criar e compartilhar modelos." },
      "reports.view": { label: "Ver relatórios", description: "Ver as estatísticas das campanhas." },
      "billing.manage": {
        label: "Gerenciar o faturamento",
        description: "Ver faturas e alterar os dados de pagamento.",
      },
    },
    groups: {
      Administration: "Administração",
      Basic: "Básico",
      Campaigns: "Campanhas",
      Contacts: "Contatos",
      Content: "Conteúdo",
      Reports: "Relatórios",
      Billing: "Faturamento",
    },
  },
  "owner-manager": {
    roles: { owner: "Proprietário", manager: "Gerente" },
    permissions: {
      "users.manage": {
        label: "Convidar e editar usuários",
        description: "Convidar usuários e alterar a função ou a situação deles.",
      },
      "services.manage": { label: "Gerenciar serviços", description: "Contratar e configurar serviços." },
      "billing.manage": { label: "Gerenciar o faturamento", description: "Pagar faturas e mudar de tarifa." },
      "support.tickets": { label: "Chamados de suporte", description: "Abrir e responder chamados de suporte." },
    },
    groups: { Users: "Usuários", Services: "Serviços", Billing: "Faturamento", Support: "Suporte" },
  },
  "account-holder-member": {
    roles: { holder: "Titular da conta", member: "Membro" },
    permissions: {
      "users.manage": { label: "Adicionar e remover usuários", description: "Convidar pessoas e removê-las." },
      "account.manage": {
        label: "Alterar a conta",
        description: "Alterar o nome da empresa ou dos usuários, ou excluir a conta.",
      },
      "projects.manage": { label: "Gerenciar projetos", description: "Criar e editar projetos." },
      "reports.view": { label: "Ver relatórios", description: "Ver os relatórios da conta." },
    },
    groups: { Account: "Conta", Work: "Trabalho" },
  },
};
