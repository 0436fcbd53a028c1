/** UserManagementPage (R1, R8, R23). */
export const page = {
  title: "Users",
  description: "Everyone with their own login to this account.",
  seats: (used: number, limit: number) => `${used} of ${limit} seats used`,
  seatsUnlimited: (used: number) => `${used} seats used`,
  seatLimitReached: "All seats are used. Remove someone or upgrade your plan to invite more people.",
  upgradeTitle: "Work together on this account",
  upgradeBody: (plan: string) =>
    `Multi-user access lets each teammate log in with their own password and permissions. It is not included in your ${plan} plan.`,
  upgradeAction: (plan: string) => `Upgrade to ${plan}`,
  upgradeActionGeneric: "Upgrade your plan",
  sessionError: "This page could not be loaded.",
  revoked:
    "Your access to this account was revoked. Contact the account's administrator if you think this is a mistake.",
};
