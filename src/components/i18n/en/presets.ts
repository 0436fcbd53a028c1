/**
 * The role presets that ship (R5–R7, `src/core/presets`), by preset name: the names of their roles,
 * and the labels, descriptions and groups of their permissions. Shown in place of a preset's own
 * English text only while the role model keeps it; a host's own labels always win. In English these
 * are the presets' own texts, word for word.
 */
export const presets = {
  "administrator-user-custom": {
    roles: { administrator: "Administrator", user: "User", custom: "Custom" },
    permissions: {
      "users.manage": { label: "Manage users", description: "Create, modify and delete users." },
      "api_tokens.create": { label: "Create API tokens", description: "Create tokens for the API." },
      "dashboard.view": { label: "View dashboard", description: "See the account's dashboard." },
      "profile.edit": { label: "Edit own profile", description: "Change their own name and password." },
      "campaigns.create": { label: "Create campaigns", description: "Write and edit campaigns." },
      "campaigns.send": { label: "Send campaigns", description: "Schedule and send campaigns." },
      "contacts.manage": { label: "Manage contacts", description: "Import, edit and delete contacts." },
      "contacts.export": { label: "Export contacts", description: "Download contact lists." },
      "templates.manage": { label: "Manage templates", description: "Create and share templates." },
      "reports.view": { label: "View reports", description: "See campaign statistics." },
      "billing.manage": { label: "Manage billing", description: "See invoices and change payment details." },
    },
    groups: {
      Administration: "Administration",
      Basic: "Basic",
      Campaigns: "Campaigns",
      Contacts: "Contacts",
      Content: "Content",
      Reports: "Reports",
      Billing: "Billing",
    },
  },
  "owner-manager": {
    roles: { owner: "Owner", manager: "Manager" },
    permissions: {
      "users.manage": { label: "Invite and edit users", description: "Invite users and change their role or status." },
      "services.manage": { label: "Manage services", description: "Order and configure services." },
      "billing.manage": { label: "Manage billing", description: "Pay invoices and change tariffs." },
      "support.tickets": { label: "Support tickets", description: "Open and answer support tickets." },
    },
    groups: { Users: "Users", Services: "Services", Billing: "Billing", Support: "Support" },
  },
  "account-holder-member": {
    roles: { holder: "Account holder", member: "Member" },
    permissions: {
      "users.manage": { label: "Add and remove users", description: "Invite people and remove them." },
      "account.manage": {
        label: "Change the account",
        description: "Change the company or user names, or delete the account.",
      },
      "projects.manage": { label: "Manage projects", description: "Create and edit projects." },
      "reports.view": { label: "View reports", description: "See the account's reports." },
    },
    groups: { Account: "Account", Work: "Work" },
  },
};
