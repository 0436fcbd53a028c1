/** ExternalUsersPanel (R21, R22). */
export const externalUsers = {
  title: "External users",
  description: "People from other accounts who reach this one with a multi-account login.",
  empty: "No external users.",
  loadError: "The external users could not be loaded.",
  columns: { name: "Name", email: "Email", homeAccount: "Home account", role: "Role here", actions: "Actions" },
  edit: "Edit role",
  editTitle: (name: string) => `Role of ${name} in this account`,
  editDescription: (home: string) => `Only their access here changes; their own account, ${home}, is not affected.`,
  permissions: "Permissions here",
  /** R25: shown after a conflict, beside the edit that is kept. */
  current: (role: string) => `Their role here is now ${role}.`,
  remove: "Remove access",
  updated: (name: string) => `${name}'s role here was changed.`,
  removed: (name: string) => `${name} no longer has access to this account.`,
};
