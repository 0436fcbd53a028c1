import type { Messages } from "../types";

export const editUser: Messages["editUser"] = {
  title: (name) => `Editar a ${name}`,
  profileTitle: "Su perfil",
  description: "Los cambios se aplican al instante.",
  firstName: "Nombre",
  lastName: "Apellidos",
  email: "Correo electrónico",
  password: "Cambiar contraseña",
  newPassword: "Nueva contraseña",
  actorPassword: "Su contraseña actual",
  actorPasswordHint: "Para cambiar la contraseña de otra persona, confirme su identidad.",
  ownPasswordHint: "Introduzca su contraseña actual para establecer una nueva.",
  saved: (name) => `Se han guardado los datos de ${name}.`,
  passwordChanged: "Se ha cambiado la contraseña.",
  conflict:
    "Otra persona ha cambiado este usuario mientras usted lo editaba. El formulario muestra ahora sus valores junto a los suyos; vuelva a guardar para conservar los suyos.",
  theirValue: (value) => `Ahora: ${value}`,
  cannotEdit: "Solo puede ver este usuario.",
  profileIsTheirs: "Solo esta persona puede cambiar su nombre y su correo electrónico.",
  emailFixed: "La dirección de correo electrónico no se puede cambiar aquí.",
  profile: "Perfil",
  emailInvalid: "Introduzca una dirección de correo electrónico válida, como nombre@ejemplo.com.",
  nameTooLong: (max) => `Un nombre tiene como máximo ${max} caracteres.`,
  actorPasswordRequired: "Introduzca su contraseña actual para confirmar.",
  none: "Ninguno",
  loadFailed: "No se ha podido cargar su perfil.",
};
