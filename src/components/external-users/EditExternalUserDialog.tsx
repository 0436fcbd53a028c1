import * as Dialog from "@radix-ui/react-dialog";
import { type FormEvent, useState } from "react";
import { isUserManagementError } from "../../core/errors";
import type { ExternalUser } from "../../core/types";
import { usePermissions } from "../../hooks/usePermissions";
import { useUpdateExternalUser } from "../../hooks/useUpdateExternalUser";
import { useI18n } from "../i18n/I18nContext";
import { useAnnounce } from "../ui/Announcer";
import { Button } from "../ui/Button";
import { DialogShell } from "../ui/DialogShell";
import { denialMessage } from "../ui/describeError";
import { ErrorMessage } from "../ui/ErrorMessage";
import { Field } from "../ui/Field";
import { PermissionChecklist } from "../ui/PermissionChecklist";
import { displayName } from "../ui/PersonName";
import { RoleSelect } from "../ui/RoleSelect";

/** Props of {@link EditExternalUserDialog}. */
export interface EditExternalUserDialogProps {
  /** Whose role here to edit; `null` keeps the dialog closed. */
  externalUser: ExternalUser | null;
  onOpenChange(open: boolean): void;
}

/**
 * R22: changes an external user's role and permissions in this account only, saying that their
 * home account is untouched. The new role shows at once in the list; a failure rolls it back and
 * keeps the dialog open with the choice made (R24); a conflict shows the fresh role (R25).
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

function EditRoleForm({ externalUser, onDone }: { externalUser: ExternalUser; onDone(): void }) {
  const { messages } = useI18n();
  const m = messages.externalUsers;
  const { roles, permissions, can } = usePermissions();
  const update = useUpdateExternalUser();
  const announce = useAnnounce();
  const [roleId, setRoleId] = useState(externalUser.roleId);
  const [granted, setGranted] = useState<string[]>([...externalUser.permissions]);
  // The record the edit is based on: its version is sent (R25); after a conflict, the fresh one.
  const [base, setBase] = useState(externalUser);
  const [error, setError] = useState<unknown>(null);
  const role = roles.find((each) => each.id === roleId);
  const denied = denialMessage(can("externalUser.update", base, { roleId }), messages);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (denied) return;
    setError(null);
    try {
      await update.mutateAsync({
        id: base.id,
        version: base.version,
        roleId,
        permissions: role?.kind === "custom" ? granted : undefined,
      });
      announce(m.updated(displayName(base)));
      onDone();
    } catch (failure) {
      const current = isUserManagementError(failure, "conflict") ? (failure.current as ExternalUser | undefined) : null;
      if (current?.version !== undefined) setBase(current);
      setError(failure);
    }
  };

  return (
    <form data-slot="external-user-form" onSubmit={submit}>
      <Field label={m.columns.role} error={denied}>
        <RoleSelect roles={roles} value={roleId} onChange={setRoleId} />
      </Field>
      {base !== externalUser && (
        <p data-slot="hint">{m.current(roles.find((each) => each.id === base.roleId)?.label ?? base.roleId)}</p>
      )}
      {role?.kind === "custom" && (
        <PermissionChecklist
          legend={m.permissions}
          role={role}
          catalog={permissions}
          value={granted}
          onChange={setGranted}
        />
      )}
      {error !== null && <ErrorMessage error={error} />}
      <div data-slot="dialog-actions">
        <Dialog.Close asChild>
          <Button>{messages.common.cancel}</Button>
        </Dialog.Close>
        <Button type="submit" variant="primary" disabled={update.isPending} aria-disabled={denied ? true : undefined}>
          {update.isPending ? messages.common.saving : messages.common.save}
        </Button>
      </div>
    </form>
  );
}
