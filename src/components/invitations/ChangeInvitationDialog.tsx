import * as Dialog from "@radix-ui/react-dialog";
import { useRef } from "react";
import type { Invitee } from "../../adapter/contract";
import type { Invitation } from "../../core/types";
import { usePermissions } from "../../hooks/usePermissions";
import { useReplaceInvitation } from "../../hooks/useReplaceInvitation";
import { useI18n } from "../i18n/I18nContext";
import { InviteForm } from "../invite/InviteForm";
import { DialogShell } from "../ui/DialogShell";
import type { SendAnswer } from "../ui/emailSent";

/** Props of {@link ChangeInvitationDialog}. */
export interface ChangeInvitationDialogProps {
  invitation: Invitation;
  onOpenChange(open: boolean): void;
  /**
   * The new invitation is stored; it runs even if the dialog was closed meanwhile. The answer says
   * whether its email went out (R30).
   */
  onChanged(answer: SendAnswer): void;
}

/**
 * R14: an invitation cannot be edited in place, so "change" says it cancels this one and sends a
 * new one, with the invite form's fields prefilled, offering only roles and grants the viewer may
 * give (R27). A failure shows and the edit stays (R24).
 * Rendered open; unmount it to close. One submission at a time; while it is sent, a request to
 * close (Escape, outside click, ×, Cancel) is refused, so the result is always known.
 */
export function ChangeInvitationDialog({ invitation, onOpenChange, onChanged }: ChangeInvitationDialogProps) {
  const t = useI18n().messages.invitations;
  const replace = useReplaceInvitation();
  const { can } = usePermissions();
  // Set at once when sending starts, so a close request in the same tick is refused too.
  const sending = useRef(false);
  return (
    <Dialog.Root open onOpenChange={(open) => (open || !sending.current) && onOpenChange(open)}>
      <DialogShell slot="change-invitation" title={t.changeTitle(invitation.email)} description={t.changeDescription}>
        <InviteForm
          // The invitation has the draft's names, role and grants; its other fields go unused.
          initial={{ ...invitation, emails: invitation.email }}
          single
          decide={(assigned) => can("invitation.replace", invitation, assigned)}
          current={invitation}
          status={replace}
          // One address, checked before sending: there is exactly one invitee. A failure shows
          // through `replace.error`, and rejects so that the form can send again.
          send={({ invitees, ...role }) => {
            sending.current = true;
            return replace
              .mutateAsync({ id: invitation.id, invitee: invitees[0] as Invitee, ...role })
              .finally(() => {
                sending.current = false;
              })
              .then(onChanged);
          }}
          submitLabel={() => t.changeSubmit}
        />
      </DialogShell>
    </Dialog.Root>
  );
}
