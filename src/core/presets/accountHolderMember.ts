import { PERMISSIONS } from "../permissions";
import type { Permission, RoleModel } from "../types";

const catalog: Permission[] = [
  {
    id: PERMISSIONS.manageUsers,
    label: "Add and remove users",
    description: "Invite people and remove them.",
    group: "Account",
  },
  {
    id: PERMISSIONS.manageAccount,
    label: "Change the account",
    description: "Change the company or user names, or delete the account.",
    group: "Account",
  },
  { id: "projects.manage", label: "Manage projects", description: "Create and edit projects.", group: "Work" },
  { id: "reports.view", label: "View reports", description: "See the account's reports.", group: "Work" },
];

/**
 * R7: `account holder / member` (seed 004). Members have the holder's abilities except adding or
 * removing users and changing the account's status or details.
 */
export const accountHolderMemberPreset: RoleModel = {
  roles: [
    {
      id: "holder",
      label: "Account holder",
      description: "Everything, including users and the account itself.",
      kind: "owner",
      permissions: [],
    },
    {
      id: "member",
      label: "Member",
      description: "The holder's abilities except users and the account's status or details.",
      kind: "standard",
      permissions: catalog
        .map((p) => p.id)
        .filter((id) => id !== PERMISSIONS.manageUsers && id !== PERMISSIONS.manageAccount),
    },
  ],
  permissions: catalog,
  defaultRoleId: "member",
};
