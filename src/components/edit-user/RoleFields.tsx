import { findRole } from "../../core/roles";
import type { RoleDefinition } from "../../core/types";
import { usePermissions } from "../../hooks/usePermissions";
import { Field } from "../ui/Field";
import { PermissionChecklist } from "../ui/PermissionChecklist";
import { RoleSelect } from "../ui/RoleSelect";
import type { EditFormState } from "./useEditForm";

/** The values {@link RoleFields} edits. */
export interface RoleValues {
  roleId: string;
  permissions: readonly string[];
}

/** Props of {@link RoleFields}. */
export interface RoleFieldsProps {
  form: EditFormState<object, RoleValues>;
  label: string;
  /** The permission checklist's legend. */
  legend: string;
  hint?: string | undefined;
  /** Why the chosen role cannot be given (R9); a field error of the form wins. */
  error?: string | undefined;
  /** R19: the role cannot change; `hint` says why. */
  locked?: boolean;
  permissionsHint?: string | undefined;
  permissionsLocked?: boolean;
}

/** A role's label, or its id when the role model does not know it. */
export const roleLabel = (roles: readonly RoleDefinition[], id: string) => findRole(roles, id)?.label ?? id;

/**
 * A role and, for a custom role, its permissions one by one (R5): the role part of the user and
 * external user forms.
 */
export function RoleFields({
  form,
  label,
  legend,
  hint,
  error,
  locked,
  permissionsHint,
  permissionsLocked,
}: RoleFieldsProps) {
  const { roles, permissions } = usePermissions();
  const { values, set } = form;
  const role = findRole(roles, values.roleId);
  return (
    <>
      <Field label={label} hint={hint} error={form.errors.roleId ?? error}>
        <RoleSelect roles={roles} value={values.roleId} onChange={(id) => set("roleId", id)} disabled={locked} />
      </Field>
      {role?.kind === "custom" && (
        <PermissionChecklist
          legend={legend}
          hint={permissionsHint}
          role={role}
          catalog={permissions}
          value={values.permissions}
          onChange={(granted) => set("permissions", granted)}
          disabled={permissionsLocked}
        />
      )}
    </>
  );
}
