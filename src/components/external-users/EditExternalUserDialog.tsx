import * as Dialog from "@radix-ui/react-dialog";
import { findRole } from "../../core/roles";
import type { ExternalUser } from "../../core/types";
import { usePermissions } from "../../hooks/usePermissions";
import { useUpdateExternalUser } from "../../hooks/useUpdateExternalUser";
import { EditForm } from "../edit-user/EditForm";
import { useEditForm } from "../edit-user/useEditForm";
import { useI18n } from "../i18n/I18nContext";
import { DialogShell } from "../ui/DialogShell";
import { displayName } from "../ui/PersonName";
import { RoleFields } from "../ui/RoleFields";
import { roleLabel } from "../ui/roleLabels";

/** Props of {@link EditExternalUserDialog}. */
export interface EditExternalUserDialogProps {
  /** Whose role here to edit; `null` keeps the dialog closed. */
  externalUser: ExternalUser | null;
  onOpenChange(open: boolean): void;
}

/**
 * R22: changes an external user's role and permissions in this account only, saying that their
 * home account is untouched. Only roles and permissions the viewer may give are offered (R27). The
 * new role shows at once in the list; a failure rolls it back and keeps the dialog open with the
 * choice made (R24); a conflict shows the fresh role (R25).
 */
export function EditExternalUserDialog({ externalUser, onOpenChange }: EditExternalUserDialogProps) {
  const { messages } = useI18n();
  return (
    <Dialog.Root open={externalUser !== null} onOpenChange={onOpenChange}>
      {externalUser && (
        <DialogShell
          slot="external-user-dialog"
          title={messages.externalUsers.editTitle(displayName(externalUser))}
          description={messages.externalUsers.editDescription(externalUser.homeAccount.name)}
        >
          <EditRoleForm key={externalUser.id} externalUser={externalUser} onDone={() => onOpenChange(false)} />
        </DialogShell>
      )}
    </Dialog.Root>
  );
}

// The roles offered are those can() lets the viewer give (R27); should that change while the dialog
// is open, the adapter refuses and the failure is shown.
function EditRoleForm({ externalUser, onDone }: { externalUser: ExternalUser; onDone(): void }) {
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
