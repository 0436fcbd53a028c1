import { findRole } from "../../core/roles";
import type { ExternalUser } from "../../core/types";
import { usePermissions } from "../../hooks/usePermissions";
import { useUpdateExternalUser } from "../../hooks/useUpdateExternalUser";
import { EditForm } from "../edit-user/EditForm";
import { useEditForm } from "../edit-user/useEditForm";
import { useI18n } from "../i18n/I18nContext";
import { displayName } from "../ui/PersonName";
import { RoleFields } from "../ui/RoleFields";
import { roleLabel } from "../ui/roleLabels";

/**
 * R22, R27: an external user's role and grants here, the body of EditExternalUserDialog. The roles
 * offered are those can() lets the viewer give; should that change while the dialog is open, the
 * adapter refuses and the failure is shown.
 */
export function EditRoleForm({ externalUser, onDone }: { externalUser: ExternalUser; onDone(): void }) {
  const { messages } = useI18n();
  const m = messages.externalUsers;
  const { roles, can } = usePermissions();
  const update = useUpdateExternalUser();
  const form = useEditForm(
    externalUser,
    { roleId: externalUser.roleId, permissions: externalUser.permissions },
    {
      save: async ({ roleId, permissions }, base, step) => {
        const custom = findRole(roles, roleId)?.kind === "custom";
        await update.mutateAsync({
          id: base.id,
          version: base.version,
          roleId,
          permissions: custom ? permissions : undefined,
        });
        step(m.updated(displayName(base)));
        onDone();
      },
    },
  );
  const { base, values, set, errors, theirs } = form;
  return (
    <EditForm form={form} slot="external-user-form" cancel>
      <RoleFields
        value={values}
        onChange={set}
        decide={(assigned) => can("externalUser.update", base, assigned)}
        current={base}
        error={errors.roleId}
        label={m.columns.role}
        legend={m.permissions}
        hint={
          theirs && theirs.roleId !== values.roleId ? m.current(roleLabel(roles, theirs.roleId, messages)) : undefined
        }
      />
    </EditForm>
  );
}
