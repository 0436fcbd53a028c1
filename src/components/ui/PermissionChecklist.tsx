import { useId } from "react";
import type { Permission, RoleDefinition } from "../../core/types";

/** Props of {@link PermissionChecklist}. */
export interface PermissionChecklistProps {
  legend: string;
  hint?: string | undefined;
  /** The custom role whose grantable permissions are offered (R5). */
  role: RoleDefinition;
  catalog: readonly Permission[];
  value: readonly string[];
  onChange(permissions: string[]): void;
  disabled?: boolean;
  /** R27: permissions that cannot be granted (the viewer does not hold them): disabled, with `refusedReason`. */
  refused?: readonly string[];
  refusedReason?: string | undefined;
}

/**
 * R5: the permissions a custom role may grant one by one, grouped as the catalog groups them,
 * each with its description. Native checkboxes in a fieldset: keyboard and screen readers for free.
 * Each checkbox is named by its label and described by its description and, when refused, why (R27).
 *
 * `data-slot`: permission-checklist, permission-group, permission-group-label, permission
 * (`data-state="refused"` when it cannot be granted), permission-label, permission-description,
 * permission-reason.
 */
export function PermissionChecklist({
  legend,
  hint,
  role,
  catalog,
  value,
  onChange,
  disabled,
  refused = [],
  refusedReason,
}: PermissionChecklistProps) {
  const id = useId();
  const groups: Record<string, Permission[]> = {};
  for (const permission of catalog) {
    if (!role.grantablePermissions?.includes(permission.id)) continue;
    groups[permission.group] = [...(groups[permission.group] ?? []), permission];
  }
  const toggle = (granted: string, checked: boolean) =>
    onChange(checked ? [...value, granted] : value.filter((each) => each !== granted));
  return (
    <fieldset data-slot="permission-checklist" disabled={disabled}>
      <legend>{legend}</legend>
      {hint && <p data-slot="hint">{hint}</p>}
      {Object.entries(groups).map(([group, permissions]) => (
        <fieldset key={group} data-slot="permission-group">
          <legend data-slot="permission-group-label">{group}</legend>
          {permissions.map((permission) => {
            const labelId = `${id}-${catalog.indexOf(permission)}`;
            const descriptionId = `${labelId}-description`;
            // A grant held now stays removable even when it could not be given again.
            const blocked = refused.includes(permission.id) && !value.includes(permission.id);
            return (
              <label key={permission.id} data-slot="permission" data-state={blocked ? "refused" : undefined}>
                <input
                  type="checkbox"
                  checked={value.includes(permission.id)}
                  disabled={blocked || undefined}
                  aria-labelledby={labelId}
                  aria-describedby={descriptionId}
                  onChange={(event) => toggle(permission.id, event.target.checked)}
                />
                <span data-slot="permission-label" id={labelId}>
                  {permission.label}
                </span>
                <span data-slot="permission-description" id={descriptionId}>
                  {permission.description}
                  {blocked && refusedReason && (
                    <>
                      {" "}
                      <span data-slot="permission-reason">{refusedReason}</span>
                    </>
                  )}
                </span>
              </label>
            );
          })}
        </fieldset>
      ))}
    </fieldset>
  );
}
