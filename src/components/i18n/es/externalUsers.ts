import type { Messages } from "../types";

export const externalUsers: Messages["externalUsers"] = {
  title: "Usuarios externos",
  description: "Personas de otras cuentas que acceden a esta con un inicio de sesión multicuenta.",
  empty: "No hay usuarios externos.",
  loadError: "No se han podido cargar los usuarios externos.",
  columns: {
    name: "Nombre",
    email: "Correo electrónico",
    homeAccount: "Cuenta de origen",
    role: "Rol aquí",
    actions: "Acciones",
  },
  edit: "Editar rol",
  editTitle: (name) => `Rol de ${name} en esta cuenta`,
  editDescription: (home) => `Solo cambia su acceso aquí; su propia cuenta, ${home}, no se ve afectada.`,
  permissions: "Permisos aquí",
  current: (role) => `Su rol aquí es ahora ${role}.`,
  remove: "Quitar acceso",
  updated: (name) => `Se ha cambiado el rol de ${name} aquí.`,
  removed: (name) => `${name} ya no tiene acceso a esta cuenta.`,
};
