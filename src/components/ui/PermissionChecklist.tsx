import type { Permission, RoleDefinition } from "../../core/types";

/** Props of {@link PermissionChecklist}. */
export interface PermissionChecklistProps {
  legend: string;
  hint?: string;
  /** The custom role whose grantable permissions are offered (R5). */
  role: RoleDefinition;
  catalog: readonly Permission[];
  value: readonly string[];
  onChange(permissions: string[]): void;
  disabled?: boolean;
}

/**
 * R5: the permissions a custom role may grant one by one, grouped as the catalog groups them,
 * each with its description. Native checkboxes in a fieldset: keyboard and screen readers for free.
 */
export function PermissionChecklist({
  legend,
  hint,
  role,
  catalog,
  value,
  onChange,
  disabled,
}: PermissionChecklistProps) {
  const groups: Record<string, Permission[]> = {};
  for (const permission of catalog) {
    if (!role.grantablePermissions?.includes(permission.id)) continue;
    groups[permission.group] = [...(groups[permission.group] ?? []), permission];
  }
  const toggle = (id: string, checked: boolean) =>
    onChange(checked ? [...value, id] : value.filter((granted) => granted !== id));
  return (
    <fieldset data-slot="permission-checklist" disabled={disabled}>
      <legend>{legend}</legend>
      {hint && <p data-slot="hint">{hint}</p>}
      {Object.entries(groups).map(([group, permissions]) => (
        <fieldset key={group} data-slot="permission-group">
          <legend data-slot="permission-group-label">{group}</legend>
          {permissions.map((permission) => (
            <label key={permission.id} data-slot="permission">
              <input
                type="checkbox"
                checked={value.includes(permission.id)}
                onChange={(event) => toggle(permission.id, event.target.checked)}
              />
              <span data-slot="permission-label">{permission.label}</span>
              <span data-slot="permission-description">{permission.description}</span>
            </label>
          ))}
        </fieldset>
      ))}
    </fieldset>
  );
}
