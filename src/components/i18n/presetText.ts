import type { Permission, RoleDefinition } from "../../core/types";
import { en } from "./en";
import type { Messages } from "./types";

type PresetName = keyof Messages["presets"];
type PresetTexts = Messages["presets"][PresetName];

/**
 * The shipped preset whose English text this role or permission still carries, by id and label
 * (`undefined` for a host's own roles and permissions, or a preset's whose label the host changed).
 */
function presetOf(kind: "roles" | "permissions", id: string, label: string): PresetName | undefined {
  // Looked up on each call rather than listed at module level, so that bundles without the components tree-shake it.
  return (Object.keys(en.presets) as PresetName[]).find((name) => {
    const entry = (en.presets[name][kind] as Record<string, string | { label: string }>)[id];
    return (typeof entry === "string" ? entry : entry?.label) === label;
  });
}

/** A role's name in the catalog's words when it is a shipped preset's role; its own label otherwise. */
export function presetRoleLabel(role: RoleDefinition, messages: Messages): string {
  const preset = presetOf("roles", role.id, role.label);
  return preset ? ((messages.presets[preset].roles as Record<string, string>)[role.id] ?? role.label) : role.label;
}

/**
 * A permission with its label, description and group in the catalog's words when it is a shipped
 * preset's permission; the permission itself otherwise.
 */
export function presetPermission(permission: Permission, messages: Messages): Permission {
  const preset = presetOf("permissions", permission.id, permission.label);
  if (!preset) return permission;
  const texts: PresetTexts = messages.presets[preset];
  const entry = (texts.permissions as Record<string, { label: string; description: string }>)[permission.id];
  const group = (texts.groups as Record<string, string>)[permission.group];
  return { ...permission, ...entry, group: group ?? permission.group };
}
