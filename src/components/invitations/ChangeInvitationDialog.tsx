import * as Dialog from "@radix-ui/react-dialog";
import type { Invitee } from "../../adapter/contract";
import type { Invitation } from "../../core/types";
import { useReplaceInvitation } from "../../hooks/useReplaceInvitation";
import { useI18n } from "../i18n/I18nContext";
import { InviteForm } from "../invite/InviteForm";
import { DialogShell } from "../ui/DialogShell";

/** Props of {@link ChangeInvitationDialog}. */
export interface ChangeInvitationDialogProps {
  invitation: Invitation;
  onOpenChange(open: boolean): void;
  /** The new invitation is sent; it runs even if the dialog was closed meanwhile. */
  onChanged(created: Invitation): void;
}

/**
 * R14: an invitation cannot be edited in place, so "change" says it cancels this one and sends a
 * new one, with the invite form's fields prefilled. A failure shows and the edit stays (R24).
 * Rendered open; unmount it to close.
 */
export function ChangeInvitationDialog({ invitation, onOpenChange, onChanged }: ChangeInvitationDialogProps) {
  const t = useI18n().messages.invitations;
  const replace = useReplaceInvitation();
  return (
    <Dialog.Root open onOpenChange={onOpenChange}>
      <DialogShell slot="change-invitation" title={t.changeTitle(invitation.email)} description={t.changeDescription}>
        <InviteForm
          // The invitation has the draft's names, role and grants; its other fields go unused.
          initial={{ ...invitation, emails: invitation.email }}
          single
          status={replace}
          // One address, checked before sending: there is exactly one invitee. The failure shows
          // through `replace.error`; the promise's rejection needs no handling of its own.
          send={({ invitees, ...role }) =>
            replace
              .mutateAsync({ id: invitation.id, invitee: invitees[0] as Invitee, ...role })
              .then(onChanged, () => {})
          }
          submitLabel={() => t.changeSubmit}
        />
      </DialogShell>
    </Dialog.Root>
  );
}
