import type { Messages } from "../types";

export const editUser: Messages["editUser"] = {
  title: (name) => `Modifier ${name}`,
  profileTitle: "Votre profil",
  description: "Les modifications prennent effet immédiatement.",
  firstName: "Prénom",
  lastName: "Nom",
  email: "E-mail",
  password: "Changer le mot de passe",
  newPassword: "Nouveau mot de passe",
  actorPassword: "Votre mot de passe actuel",
  actorPasswordHint: "Pour changer le mot de passe de quelqu’un, confirmez votre identité.",
  ownPasswordHint: "Saisissez votre mot de passe actuel pour en définir un nouveau.",
  saved: (name) => `${name} a été enregistré.`,
  passwordChanged: "Le mot de passe a été changé.",
  conflict:
    "Quelqu’un d’autre a modifié cet utilisateur pendant votre saisie. Le formulaire montre ses valeurs à côté des vôtres ; enregistrez à nouveau pour garder les vôtres.",
  theirValue: (value) => `Actuellement : ${value}`,
  cannotEdit: "Vous pouvez seulement consulter cet utilisateur.",
  profileIsTheirs: "Seule cette personne peut modifier son nom et son e-mail.",
  emailFixed: "L’adresse e-mail ne peut pas être modifiée ici.",
  profile: "Profil",
  emailInvalid: "Saisissez une adresse e-mail valide, comme nom@exemple.com.",
  nameTooLong: (max) => `Un nom compte au plus ${max} caractères.`,
  actorPasswordRequired: "Saisissez votre mot de passe actuel pour confirmer.",
  none: "Aucune",
  loadFailed: "Votre profil n’a pas pu être chargé.",
};
