import { PERMISSIONS } from "../../core/permissions";
import type { Permission, RoleDefinition, RoleModel } from "../../core/types";

const catalog: Permission[] = [
  {
    id: PERMISSIONS.manageUsers,
    label: "Manage members",
    description: "Invite people, change members' roles and remove members.",
    group: "Organization",
  },
  {
    id: PERMISSIONS.manageAccount,
    label: "Manage the organization",
    description: "Change the organization's details or delete it.",
    group: "Organization",
  },
];

/**
 * Better Auth's three default organization roles as our role model; each role's id is the Better
 * Auth role name. `owner` (the plugin's `creatorRole`) is the owner kind: every permission, and the
 * only role that gives, changes or removes `owner` (R27, as the plugin's own checks do). `admin`
 * manages members and invitations (Better Auth's `member: create/update/delete`,
 * `invitation: create/cancel`) but, like the plugin, cannot delete the organization, so it does not
 * get `account.manage`. `member` manages nothing.
 */
export const betterAuthRoleModel: RoleModel = {
  roles: [
    {
      id: "owner",
      label: "Owner",
      description: "Everything, including the organization itself and other owners.",
      kind: "owner",
      permissions: [],
    },
    {
      id: "admin",
      label: "Admin",
      description: "Invites people and manages members, except owners.",
      kind: "standard",
      permissions: [PERMISSIONS.manageUsers],
    },
    {
      id: "member",
      label: "Member",
      description: "Uses the organization; manages no one.",
      kind: "standard",
      permissions: [],
    },
  ],
  permissions: catalog,
  defaultRoleId: "member",
};

/**
 * Splits the `role` column of a member or an invitation into its role names, as Better Auth does:
 * several roles are stored comma separated (`"admin,sale"`).
 */
export function parseRoleNames(role: string | null | undefined): string[] {
  return (role ?? "")
    .split(",")
    .map((name) => name.trim())
    .filter((name) => name !== "");
}

/**
 * The one role of our model a Better Auth member or invitation shows with. A row holding several
 * Better Auth roles shows the first of the model's roles it holds, in the model's order (owner
 * first in the default model), so the strongest role decides what `can()` allows. A row holding no
 * role of the model shows its first Better Auth role, which the model does not know: it carries no
 * permission.
 */
export function roleIdOf(role: string | null | undefined, roles: readonly RoleDefinition[]): string {
  const names = parseRoleNames(role);
  return roles.find((definition) => names.includes(definition.id))?.id ?? names[0] ?? "";
}

/**
 * Checks, once, that a role model can stand for the host's Better Auth roles: exactly one owner-kind
 * role, the plugin's `creatorRole`, because Better Auth reserves that role to its holders (R27); a
 * model that made another role the owner kind would let `can()` offer what Better Auth refuses.
 */
export function assertRoleModelFits(model: RoleModel, creatorRole: string): void {
  const owners = model.roles.filter((role) => role.kind === "owner").map((role) => role.id);
  if (owners.length !== 1 || owners[0] !== creatorRole) {
    throw new TypeError(
      `react-user-management Better Auth adapter: the role model's only owner-kind role must be the organization plugin's creatorRole "${creatorRole}", found ${owners.length === 0 ? "none" : owners.map((id) => `"${id}"`).join(", ")}.`,
    );
  }
  if (!model.roles.some((role) => role.id === model.defaultRoleId)) {
    throw new TypeError(
      `react-user-management Better Auth adapter: the default role "${model.defaultRoleId}" is not one of the role model's roles.`,
    );
  }
  if (model.roles.some((role) => role.kind === "custom")) {
    throw new TypeError(
      "react-user-management Better Auth adapter: Better Auth has no per-member grants, so the role model cannot have a custom-kind role.",
    );
  }
}
