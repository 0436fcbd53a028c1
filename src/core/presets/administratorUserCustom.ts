import { PERMISSIONS } from "../permissions";
import type { Permission, RoleModel } from "../types";

const catalog: Permission[] = [
  {
    id: PERMISSIONS.manageUsers,
    label: "Manage users",
    description: "Create, modify and delete users.",
    group: "Administration",
  },
  {
    id: PERMISSIONS.createApiTokens,
    label: "Create API tokens",
    description: "Create tokens for the API.",
    group: "Administration",
  },
  { id: "dashboard.view", label: "View dashboard", description: "See the account's dashboard.", group: "Basic" },
  { id: "profile.edit", label: "Edit own profile", description: "Change their own name and password.", group: "Basic" },
  { id: "campaigns.create", label: "Create campaigns", description: "Write and edit campaigns.", group: "Campaigns" },
  { id: "campaigns.send", label: "Send campaigns", description: "Schedule and send campaigns.", group: "Campaigns" },
  {
    id: "contacts.manage",
    label: "Manage contacts",
    description: "Import, edit and delete contacts.",
    group: "Contacts",
  },
  { id: "contacts.export", label: "Export contacts", description: "Download contact lists.", group: "Contacts" },
  { id: "templates.manage", label: "Manage templates", description: "Create and share templates.", group: "Content" },
  { id: "reports.view", label: "View reports", description: "See campaign statistics.", group: "Reports" },
  {
    id: "billing.manage",
    label: "Manage billing",
    description: "See invoices and change payment details.",
    group: "Billing",
  },
];

const reserved: string[] = [PERMISSIONS.manageUsers, PERMISSIONS.createApiTokens];
const basic = ["dashboard.view", "profile.edit"];
const features = catalog.map((p) => p.id).filter((id) => !reserved.includes(id));

/**
 * R5: `administrator / user / custom` (seeds 000–002). Administrators have every permission and
 * are the only ones who manage users and create API tokens; users have every feature except those;
 * custom users have the basic permissions plus those granted one by one.
 */
export const administratorUserCustomPreset: RoleModel = {
  roles: [
    {
      id: "administrator",
      label: "Administrator",
      description: "Full access, including users and API tokens.",
      kind: "owner",
      permissions: [],
    },
    {
      id: "user",
      label: "User",
      description: "Every feature except managing users and API tokens.",
      kind: "standard",
      permissions: features,
    },
    {
      id: "custom",
      label: "Custom",
      description: "Basic permissions plus the ones you grant.",
      kind: "custom",
      permissions: basic,
      grantablePermissions: features.filter((id) => !basic.includes(id)),
    },
  ],
  permissions: catalog,
  defaultRoleId: "user",
};
