import type { Messages } from "../types";

export const presets: Messages["presets"] = {
  "administrator-user-custom": {
    roles: { administrator: "Administrador", user: "Usuario", custom: "Personalizado" },
    permissions: {
      "users.manage": { label: "Gestionar usuarios", description: "Crear, modificar y eliminar usuarios." },
      "api_tokens.create": { label: "Crear tokens de API", description: "Crear tokens para la API." },
      "dashboard.view": { label: "Ver el panel", description: "Ver el panel de la cuenta." },
      "profile.edit": { label: "Editar su perfil", description: "Cambiar su propio nombre y su contraseña." },
      "campaigns.create": { label: "Crear campañas", description: "Redactar y editar campañas." },
      "campaigns.send": { label: "Enviar campañas", description: "Programar y enviar campañas." },
      "contacts.manage": { label: "Gestionar contactos", description: "Importar, editar y eliminar contactos." },
      "contacts.export": { label: "Exportar contactos", description: "Descargar listas de contactos." },
      "templates.manage": { label: "Gestionar plantillas", description: "Crear y compartir plantillas." },
      "reports.view": { label: "Ver informes", description: "Ver las estadísticas de las campañas." },
      "billing.manage": {
        label: "Gestionar la facturación",
        description: "Ver facturas y cambiar los datos de pago.",
      },
    },
    groups: {
      Administration: "Administración",
      Basic: "Básico",
      Campaigns: "Campañas",
      Contacts: "Contactos",
      Content: "Contenido",
      Reports: "Informes",
      Billing: "Facturación",
    },
  },
  "owner-manager": {
    roles: { owner: "Propietario", manager: "Gestor" },
    permissions: {
      "users.manage": {
        label: "Invitar y editar usuarios",
        description: "Invitar a usuarios y cambiar su rol o su estado.",
      },
      "services.manage": { label: "Gestionar servicios", description: "Contratar y configurar servicios." },
      "billing.manage": { label: "Gestionar la facturación", description: "Pagar facturas y cambiar de tarifa." },
      "support.tickets": { label: "Tickets de soporte", description: "Abrir y responder tickets de soporte." },
    },
    groups: { Users: "Usuarios", Services: "Servicios", Billing: "Facturación", Support: "Soporte" },
  },
  "account-holder-member": {
    roles: { holder: "Titular de la cuenta", member: "Miembro" },
    permissions: {
      "users.manage": { label: "Añadir y quitar usuarios", description: "Invitar a personas y quitarlas." },
      "account.manage": {
        label: "Modificar la cuenta",
        description: "Cambiar el nombre de la empresa o de los usuarios, o eliminar la cuenta.",
      },
      "projects.manage": { label: "Gestionar proyectos", description: "Crear y editar proyectos." },
      "reports.view": { label: "Ver informes", description: "Ver los informes de la cuenta." },
    },
    groups: { Account: "Cuenta", Work: "Trabajo" },
  },
};
