/** EditUserDialog and own profile (R8, R16, R17, R25). */
export const editUser = {
  title: (name: string) => `Edit ${name}`,
  roleTitle: (name: string) => `Change role for ${name}`,
  permissionsTitle: (name: string) => `Permissions for ${name}`,
  passwordTitle: (name: string) => `Change password for ${name}`,
  profileTitle: "Your profile",
  description: "Changes take effect at once.",
  firstName: "First name",
  lastName: "Last name",
  email: "Email",
  password: "Change password",
  newPassword: "New password",
  actorPassword: "Your current password",
  actorPasswordHint: "To change someone's password, confirm it is you.",
  ownPasswordHint: "Enter your current password to set a new one.",
  saved: (name: string) => `${name} was saved.`,
  passwordChanged: "The password was changed.",
  conflict:
    "Someone else changed this user while you were editing. The form now shows their values beside yours; save again to keep yours.",
  theirValue: (value: string) => `Now: ${value}`,
  cannotEdit: "You can only view this user.",
  /** R16: the backend lets people change only their own name and email (`editOtherProfiles: false`). */
  profileIsTheirs: "Only this person can change their name and email.",
  /** R2: the backend changes an address only through its own confirmation (`changeEmail: false`). */
  emailFixed: "The email address can't be changed here.",
  profile: "Profile",
  emailInvalid: "Enter a valid email address, like name@example.com.",
  nameTooLong: (max: number) => `A name has at most ${max} characters.`,
  actorPasswordRequired: "Enter your current password to confirm.",
  newPasswordRequired: "Enter a new password.",
  none: "None",
  loadFailed: "Your profile could not be loaded.",
};
