import * as Dialog from "@radix-ui/react-dialog";
import type { Invitee } from "../../adapter/contract";
import type { Invitation } from "../../core/types";
import type { ReplaceInvitationVariables } from "../../hooks/replaceInvitationMutationOptions";
import { useI18n } from "../i18n/I18nContext";
import { InviteFields } from "../invite/InviteFields";
import { useInviteForm } from "../invite/useInviteForm";
import { Button } from "../ui/Button";
import { DialogShell } from "../ui/DialogShell";
import { ErrorMessage } from "../ui/ErrorMessage";

/** Props of {@link ChangeInvitationDialog}. */
export interface ChangeInvitationDialogProps {
  invitation: Invitation;
  onOpenChange(open: boolean): void;
  /** Cancels and reinvites (R14); the dialog shows the error and keeps the edit if it rejects (R24). */
  onSubmit(variables: ReplaceInvitationVariables): Promise<unknown>;
}

/**
 * R14: an invitation cannot be edited in place, so "change" says it cancels this one and sends a
 * new one, with the invite form's fields prefilled. Rendered open; unmount it to close.
 */
export function ChangeInvitationDialog({ invitation, onOpenChange, onSubmit }: ChangeInvitationDialogProps) {
  const { messages } = useI18n();
  const t = messages.invitations;
  const form = useInviteForm(
    {
      emails: invitation.email,
      firstName: invitation.firstName,
      lastName: invitation.lastName,
      roleId: invitation.roleId,
      permissions: [...invitation.permissions],
    },
    // One address, checked before sending: there is exactly one invitee.
    ({ invitees, ...role }) => onSubmit({ id: invitation.id, invitee: invitees[0] as Invitee, ...role }),
    true,
  );
  return (
    <Dialog.Root open onOpenChange={onOpenChange}>
      <DialogShell slot="change-invitation" title={t.changeTitle(invitation.email)} description={t.changeDescription}>
        <form data-slot="invite-form" noValidate onSubmit={form.onSubmit}>
          <InviteFields {...form.fields} />
          {form.error !== null && <ErrorMessage error={form.error} />}
          <div data-slot="dialog-actions">
            <Dialog.Close asChild>
              <Button>{messages.common.cancel}</Button>
            </Dialog.Close>
            <Button type="submit" variant="primary" aria-busy={form.pending || undefined}>
              {form.pending ? messages.common.saving : t.changeSubmit}
            </Button>
          </div>
        </form>
      </DialogShell>
    </Dialog.Root>
  );
}
