import { PERMISSIONS } from "../permissions";
import type { Permission, RoleModel } from "../types";

const catalog: Permission[] = [
  {
    id: PERMISSIONS.manageUsers,
    label: "Invite and edit users",
    description: "Invite users and change their role or status.",
    group: "Users",
  },
  { id: "services.manage", label: "Manage services", description: "Order and configure services.", group: "Services" },
  { id: "billing.manage", label: "Manage billing", description: "Pay invoices and change tariffs.", group: "Billing" },
  {
    id: "support.tickets",
    label: "Support tickets",
    description: "Open and answer support tickets.",
    group: "Support",
  },
];

/**
 * R6: `owner / manager` (seed 003). Owners have full access and may invite and edit users, other
 * owners included; managers have full access without inviting or editing users.
 */
export const ownerManagerPreset: RoleModel = {
  roles: [
    {
      id: "owner",
      label: "Owner",
      description: "Full access, and may invite and edit users.",
      kind: "owner",
      permissions: [],
    },
    {
      id: "manager",
      label: "Manager",
      description: "Full access without inviting or editing users.",
      kind: "standard",
      permissions: catalog.map((p) => p.id).filter((id) => id !== PERMISSIONS.manageUsers),
    },
  ],
  permissions: catalog,
  defaultRoleId: "manager",
};
