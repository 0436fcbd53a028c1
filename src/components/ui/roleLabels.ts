import { findRole } from "../../core/roles";
import type { Permission, RoleDefinition } from "../../core/types";
import { presetPermission, presetRoleLabel } from "../i18n/presetText";
import type { Messages } from "../i18n/types";

/**
 * A role's label, or its id when the role model does not know it. Given the catalog, a shipped
 * preset's role whose label is still the preset's own English one is named in the catalog's words
 * (`presets`); a host's own labels are shown as they are.
 */
export function roleLabel(roles: readonly RoleDefinition[], id: string, messages?: Messages): string {
  const role = findRole(roles, id);
  if (!role) return id;
  return messages ? presetRoleLabel(role, messages) : role.label;
}

/** A permission's label in the catalog's words (a shipped preset's, see {@link roleLabel}), or its id when unknown. */
export function permissionLabel(permissions: readonly Permission[], id: string, messages: Messages): string {
  const permission = permissions.find((each) => each.id === id);
  return permission ? presetPermission(permission, messages).label : id;
}
