import * as Dialog from "@radix-ui/react-dialog";
import { useI18n } from "../i18n/I18nContext";
import { DialogShell } from "../ui/DialogShell";
import { displayName } from "../ui/PersonName";
import type { EditExternalUserDialogProps } from "./EditExternalUserDialog";
import { EditRoleForm } from "./EditRoleForm";

/** {@link EditExternalUserDialog}'s dialog, in the chunk that loads when one first opens. */
export function EditExternalUserDialogContent({ externalUser, onOpenChange }: EditExternalUserDialogProps) {
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
