import { findRole } from "../../core/roles";
import type { RoleDefinition } from "../../core/types";
import { usePermissions } from "../../hooks/usePermissions";
import { useI18n } from "../i18n/I18nContext";
import { Field } from "./Field";
import { PermissionChecklist } from "./PermissionChecklist";
import { RoleSelect } from "./RoleSelect";

/** A role and, for a custom role, the permissions granted one by one (R5). */
export interface RoleValue {
  roleId: string;
  permissions: readonly string[];
}

/** Props of {@link RoleFields}. */
export interface RoleFieldsProps {
  value: RoleValue;
  /** Choosing a role that is not custom clears the grants (they belong to a custom role only, R5). */
  onChange(value: RoleValue): void;
  /** The role select's label; defaults to the catalog's `common.role`. */
  label?: string | undefined;
  /** The permission checklist's legend; defaults to the catalog's `common.permissions`. */
  legend?: string | undefined;
  hint?: string | undefined;
  /** Why the chosen role cannot be given (R9). */
  error?: string | undefined;
  /** R19: the role cannot change; `hint` says why. */
  locked?: boolean | undefined;
  permissionsHint?: string | undefined;
  permissionsLocked?: boolean | undefined;
}

/** A role's label, or its id when the role model does not know it. */
export const roleLabel = (roles: readonly RoleDefinition[], id: string) => findRole(roles, id)?.label ?? id;

/**
 * A role select and, for a custom role, its permissions one by one (R5): the role part of the
 * user, external user and invitation forms.
 */
export function RoleFields({
  value,
  onChange,
  label,
  legend,
  hint,
  error,
  locked,
  permissionsHint,
  permissionsLocked,
}: RoleFieldsProps) {
  const { common } = useI18n().messages;
  const { roles, permissions } = usePermissions();
  const role = findRole(roles, value.roleId);
  return (
    <>
      <Field label={label ?? common.role} hint={hint} error={error}>
        <RoleSelect
          roles={roles}
          value={value.roleId}
          onChange={(roleId) => {
            // Grants belong to a custom role: keep those the new role may grant, if any.
            const next = findRole(roles, roleId);
            const grantable = next?.kind === "custom" ? (next.grantablePermissions ?? []) : [];
            onChange({ roleId, permissions: value.permissions.filter((id) => grantable.includes(id)) });
          }}
          disabled={locked}
        />
      </Field>
      {role?.kind === "custom" && (
        <PermissionChecklist
          legend={legend ?? common.permissions}
          hint={permissionsHint}
          role={role}
          catalog={permissions}
          value={value.permissions}
          onChange={(granted) => onChange({ ...value, permissions: granted })}
          disabled={permissionsLocked}
        />
      )}
    </>
  );
}
