import type { Messages } from "../types";

export const editUser: Messages["editUser"] = {
  title: (name) => `Editar ${name}`,
  profileTitle: "Seu perfil",
  description: "As alterações valem na hora.",
  firstName: "Nome",
  lastName: "Sobrenome",
  email: "E-mail",
  password: "Alterar senha",
  newPassword: "Nova senha",
  actorPassword: "Sua senha atual",
  actorPasswordHint: "Para alterar a senha de outra pessoa, confirme que é você.",
  ownPasswordHint: "Digite a sua senha atual para definir uma nova.",
  saved: (name) => `As alterações de ${name} foram salvas.`,
  passwordChanged: "A senha foi alterada.",
  conflict:
    "Outra pessoa alterou este usuário enquanto você editava. O formulário agora mostra os valores dela ao lado dos seus; salve novamente para manter os seus.",
  theirValue: (value) => `Agora: ${value}`,
  cannotEdit: "Você só pode visualizar este usuário.",
  profileIsTheirs: "Só esta pessoa pode alterar o próprio nome e e-mail.",
  emailFixed: "O endereço de e-mail não pode ser alterado aqui.",
  profile: "Perfil",
  emailInvalid: "Digite um endereço de e-mail válido, como nome@exemplo.com.",
  nameTooLong: (max) => `Um nome tem no máximo ${max} caracteres.`,
  actorPasswordRequired: "Digite a sua senha atual para confirmar.",
  none: "Nenhuma",
  loadFailed: "Não foi possível carregar o seu perfil.",
};
