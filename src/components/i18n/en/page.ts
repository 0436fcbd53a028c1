/** UserManagementPage (R1, R8, R23). */
export const page = {
  title: "Users",
  description: "Everyone with their own login to this account.",
  seats: (used: number, limit: number) => `${used} of ${limit} seats used`,
  seatsUnlimited: (used: number) => `${used} seats used`,
  upgradeTitle: "Work together on this account",
  upgradeAction: (plan: string) => `Upgrade to ${plan}`,
  upgradeActionGeneric: "Upgrade your plan",
  sessionError: "This page could not be loaded.",
  revoked:
    "Your access to this account was revoked. Contact the account's administrator if you think this is a mistake.",
  suspended: "Your access to this account is suspended. Ask the account's administrator to reactivate you.",
};
